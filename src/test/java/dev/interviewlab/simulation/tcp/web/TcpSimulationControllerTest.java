package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.simulation.tcp.engine.CallReason;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpQuestion;
import dev.interviewlab.simulation.tcp.engine.TcpQuestions;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TcpSimulationController.class)
@Import({TcpPageAssembler.class, WebSliceSecurity.class})
class TcpSimulationControllerTest {

    @Autowired
    MockMvc mvc;

    private Document page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String html = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void firstVisitShowsTheDefaultPresetWithDiagramReplayTraceAndQuiz() throws Exception {
        Document page = page(get("/simulations/tcp"), 200);
        TcpRun run = TcpSimulation.run(TcpPreset.NORMAL_CLOSE.scenario());
        assertThat(page.select("h1").text()).isEqualTo("TCP connection states");
        assertThat(page.select("#tcp-result-heading").text()).isEqualTo("Run: Normal close");
        Element svg = page.selectFirst("svg#tcp-diagram");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Sequence diagram of the run");
        assertThat(svg.selectFirst("desc").text()).isNotBlank();
        assertThat(svg.select("g.tcp-step")).hasSize(run.events().size());
        assertThat(svg.select(".tcp-segment-label").eachText()).contains("#1 SYN seq=100", "#2 SYN+ACK seq=300 ack=101");
        assertThat(svg.select(".tcp-state-name").eachText()).contains("TIME_WAIT", "CLOSE_WAIT", "LAST_ACK");
        assertThat(page.select("#replay[data-replay]").attr("data-step-count")).isEqualTo(String.valueOf(run.events().size()));
        assertThat(page.select("table.tcp-trace tbody tr")).hasSize(run.events().size());
        assertThat(page.select(".tcp-figures dd").eachText()).contains("11");
        assertThat(page.select("#tcp-quiz select")).hasSize(3);
        assertThat(page.select("a[href='/topics/tcp-connection-states']")).hasSize(1);
    }

    @Test
    void timerProfilesNameTheLinuxVersionsTheyFollowInBothLanguages() throws Exception {
        Document en = page(get("/simulations/tcp").param("profile", "linux-linear").header("Accept-Language", "en"), 200);
        assertThat(en.select("select[name=profile] option").eachText()).containsExactly("RFC 9293",
                "Linux \u2264 6.4 (classic SYN backoff)", "Linux \u2265 6.5 (tcp_syn_linear_timeouts = 4)");
        assertThat(en.select("select[name=profile] option[selected]").val()).isEqualTo("linux-linear");
        assertThat(en.select("input[name=synRetries]").val()).isEqualTo("6");
        assertThat(en.select("input[name=synAckRetries]").val()).isEqualTo("5");
        Document zh = page(get("/simulations/tcp").header("Accept-Language", "zh-CN"), 200);
        assertThat(zh.select("select[name=profile] option").eachText()).containsExactly("RFC 9293",
                "Linux \u2264 6.4\uff08\u7ecf\u5178 SYN \u9000\u907f\uff09", "Linux \u2265 6.5\uff08tcp_syn_linear_timeouts = 4\uff09");
    }

    @Test
    void halfCloseReplayShowsTheServerWritingAfterTheClientsFin() throws Exception {
        Document page = page(get("/simulations/tcp").param("preset", "half-close").header("Accept-Language", "en"), 200);
        TcpRun run = TcpSimulation.run(TcpPreset.HALF_CLOSE.scenario());
        int write = run.events().stream().filter(e -> e.reason() == CallReason.DATA_AFTER_END_OF_STREAM).findFirst()
                .orElseThrow().step();
        Element step = page.select("ol.replay-steps > li").get(write - 1);
        assertThat(step.text()).contains("calls send() with 200 bytes",
                "after read() returned end-of-stream: the peer only closed its own direction", "CLOSE_WAIT");
        assertThat(page.select("svg#tcp-diagram .tcp-segment-label").eachText())
                .anyMatch(label -> label.endsWith("ACK seq=301 ack=202 len=200"));
        assertThat(page.select("input[name=bytesAfterEndOfStream]").val()).isEqualTo("200");
        assertThat(page.select("select[name=closeMode] option[selected]").val()).isEqualTo("shutdown");
    }

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void everyPresetRendersAnExplainedRun(TcpPreset preset) throws Exception {
        Document page = page(get("/simulations/tcp").param("preset", preset.key()), 200);
        TcpRun run = TcpSimulation.run(preset.scenario());
        assertThat(page.select("#tcp-result-heading").text()).startsWith("Run: ").doesNotContain("your settings");
        assertThat(page.select(".tcp-presets .is-selected a").attr("href")).isEqualTo("/simulations/tcp?preset=" + preset.key() + "#tcp-result");
        List<Element> steps = page.select("ol.replay-steps > li");
        assertThat(steps).hasSize(run.events().size());
        for (Element step : steps) {
            assertThat(step.select(".tcp-explanation").text()).isNotBlank();
            assertThat(step.select(".tcp-rule").text()).startsWith("Rule ");
            assertThat(step.hasClass("tcp-unhandled")).isFalse();
        }
        assertThat(page.select("svg#tcp-diagram .tcp-lost")).hasSize((int) run.segments().stream().filter(s -> s.lost()).count());
    }

    @Test
    void stepParameterMarksThatStepWithoutJavaScriptAndLinksKeepTheRun() throws Exception {
        // a query string, not .param(): the step links are built from the request's query string
        Document page = page(get("/simulations/tcp?preset=lost-final-ack&step=12"), 200);
        assertThat(page.select("ol.replay-steps li[data-step=12]").hasClass("is-current")).isTrue();
        assertThat(page.select("ol.replay-steps li[data-step=11]").hasClass("is-past")).isTrue();
        assertThat(page.select("ol.replay-steps li[data-step=13]").hasClass("is-future")).isTrue();
        assertThat(page.select("table.tcp-trace tr[data-step=12]").hasClass("is-current")).isTrue();
        assertThat(page.select("svg g.tcp-step.is-current").attr("data-step")).isEqualTo("12");
        assertThat(page.select(".tcp-now .is-current .tcp-explanation").text()).contains("TIME_WAIT can only be a retransmission");
        assertThat(page.select(".replay-position").text()).isEqualTo("Step 12 of 14");
        assertThat(page.select("a.replay-next").attr("href")).isEqualTo("/simulations/tcp?preset=lost-final-ack&step=13#replay");
        assertThat(page.select("a.replay-prev").attr("href")).isEqualTo("/simulations/tcp?preset=lost-final-ack&step=11#replay");
    }

    @Test
    void stepThatIsNotANumberShowsTheFirstStep() throws Exception {
        Document page = page(get("/simulations/tcp").param("step", "last"), 200);
        assertThat(page.select("ol.replay-steps li.is-current").attr("data-step")).isEqualTo("1");
    }

    @Test
    void customSettingsRunAndShowUpInTheFormAndTheStepLinks() throws Exception {
        Document page = page(get("/simulations/tcp?preset=normal-close&delayMs=20&lostSegments=4"), 200);
        assertThat(page.select("#tcp-result-heading").text()).isEqualTo("Run: your settings");
        assertThat(page.select("#tcp-field-delayMs").val()).isEqualTo("20");
        assertThat(page.select("#tcp-field-lostSegments").val()).isEqualTo("4");
        assertThat(page.select("ol.replay-steps a[data-goto=3]").attr("href")).contains("delayMs=20").contains("step=3");
        assertThat(page.select(".tcp-loss").text()).contains("lost in the network");
    }

    @Test
    void settingsOutOfRangeReRenderTheFormWithFieldErrorsAndTheUsersValues() throws Exception {
        mvc.perform(get("/simulations/tcp").param("delayMs", "-5").param("mslMs", "31536000000"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("tcpSettings", "delayMs", "mslMs"));
        Document page = page(get("/simulations/tcp").param("delayMs", "-5").param("mslMs", "31536000000"), 400);
        assertThat(page.select("#tcp-field-delayMs").val()).isEqualTo("-5");
        assertThat(page.select("#tcp-field-delayMs").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#tcp-field-delayMs-error").text()).isEqualTo("Must be from 0 to 10000.");
        assertThat(page.select("#tcp-field-mslMs").val()).isEqualTo("31536000000");
        assertThat(page.select("#tcp-field-mslMs-error").text()).isEqualTo("Must be from 1 to 600000.");
        assertThat(page.select("[role=alert]").text()).contains("2 settings cannot be simulated");
        assertThat(page.select("svg#tcp-diagram")).isEmpty();
        // fields that were not sent show the preset's values, so submitting again changes nothing else
        assertThat(page.select("#tcp-field-closeAtMs").val()).isEqualTo(String.valueOf(TcpPreset.DEFAULT_CLOSE_AT_MS));
        assertThat(page.select("#tcp-field-keepalive option[selected]").val()).isEqualTo("false");
    }

    @Test
    void textWhereANumberBelongsIsAFieldError() throws Exception {
        Document page = page(get("/simulations/tcp").param("rtoMs", "soon").param("lostSegments", "4, x"), 400);
        assertThat(page.select("#tcp-field-rtoMs").val()).isEqualTo("soon");
        assertThat(page.select("#tcp-field-rtoMs-error").text()).isEqualTo("Must be a whole number.");
        assertThat(page.select("#tcp-field-lostSegments-error").text()).contains("separated by commas");
    }

    @Test
    void lostSegmentTheRunNeverSendsIsAFieldError() throws Exception {
        Document page = page(get("/simulations/tcp").param("preset", "connection-refused").param("lostSegments", "9"), 400);
        assertThat(page.select("#tcp-field-lostSegments-error").text()).contains("never sends segment 9");
        assertThat(page.select("#tcp-field-lostSegments").val()).isEqualTo("9");
    }

    @Test
    void unknownPresetAndChoicesAreReported() throws Exception {
        Document page = page(get("/simulations/tcp").param("preset", "normal").param("closeMode", "slam")
                .param("keepalive", "maybe"), 400);
        assertThat(page.select("[role=alert] li").text()).startsWith("preset:");
        assertThat(page.select("#tcp-field-closeMode-error").text()).contains("close, shutdown, abort");
        assertThat(page.select("#tcp-field-keepalive-error").text()).isEqualTo("Choose yes or no.");
    }

    @Test
    void quizAnswersAreCheckedOnTheServer() throws Exception {
        List<TcpQuestion> questions = TcpQuestions.of(TcpSimulation.run(TcpPreset.LOST_FINAL_ACK.scenario()));
        MockHttpServletRequestBuilder answered = get("/simulations/tcp").param("preset", "lost-final-ack").param("check", "1")
                .param("q1", questions.get(0).answer()).param("q2", questions.get(1).answer()).param("q3", "neither");
        Document page = page(answered, 200);
        assertThat(page.select(".tcp-score").text()).isEqualTo("You got 2 of 3 right.");
        assertThat(page.select("#tcp-q1-feedback").text()).isEqualTo("Correct.");
        assertThat(page.select("#tcp-q3-feedback").text()).isEqualTo("Not quite: the answer is the client.");
        assertThat(page.select("#tcp-q3 option[selected]").val()).isEqualTo("neither");
    }

    @Test
    void quizFormCarriesTheRunsSettingsSoTheSameQuestionsAreChecked() throws Exception {
        Document page = page(get("/simulations/tcp").param("preset", "lost-fin").param("delayMs", "30"), 200);
        Element form = page.selectFirst("#tcp-quiz form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[type=hidden][name=delayMs]").val()).isEqualTo("30");
        assertThat(form.select("input[type=hidden][name=lostSegments]").val()).isEqualTo("4");
        assertThat(form.select("input[type=hidden][name=check]")).hasSize(1);
    }

    @Test
    void quizAnswerThatIsNotAChoiceIsBadInput() throws Exception {
        Document page = page(get("/simulations/tcp").param("check", "1").param("q1", "ESTABLISHED_ISH"), 400);
        assertThat(page.select("#tcp-q1-feedback").text()).startsWith("That is not one of the choices");
    }

    @Test
    void pageSpeaksChinese() throws Exception {
        Document page = page(get("/simulations/tcp").param("preset", "close-wait-leak").param("lang", "zh"), 200);
        assertThat(page.select("h1").text()).isEqualTo("TCP 连接状态");
        assertThat(page.select("#tcp-result-heading").text()).isEqualTo("运行：CLOSE_WAIT 泄漏");
        assertThat(page.select("svg#tcp-diagram title").first().text()).isEqualTo("本次运行的时序图");
        assertThat(page.select(".tcp-now .is-current .tcp-explanation").text()).contains("被动打开");
    }
}
