package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.simulation.loadbalancing.engine.LbPreset;
import dev.interviewlab.simulation.loadbalancing.engine.LbQuestion;
import dev.interviewlab.simulation.loadbalancing.engine.LbQuestions;
import dev.interviewlab.simulation.loadbalancing.engine.LbRun;
import dev.interviewlab.simulation.loadbalancing.engine.LoadBalancing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(LoadBalancingController.class)
@Import({LbPageAssembler.class, LbResultViews.class, WebSliceSecurity.class})
class LoadBalancingControllerTest {

    @Autowired
    MockMvc mvc;

    private Document page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String html = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void firstVisitShowsTheDefaultPresetWithComparisonChartsReplayAndQuiz() throws Exception {
        Document page = page(get("/simulations/load-balancing"), 200);
        LbRun run = LoadBalancing.run(LbPreset.DEFAULT.scenario());
        assertThat(page.select("h1").text()).isEqualTo("Load balancing");
        assertThat(page.select("#lb-result-heading").text()).isEqualTo("Run: A slow server");
        assertThat(page.select("table.lb-compare tbody tr")).hasSize(7);
        assertThat(page.select("table.lb-compare tr.lb-current th").text()).isEqualTo("Peak EWMA");
        assertThat(page.select("table.lb-servers tbody tr")).hasSize(4);
        assertThat(page.select("svg#lb-load-chart .lb-series")).hasSize(4);
        assertThat(page.select("svg#lb-latency-chart .lb-bars")).hasSize(7);
        assertThat(page.select("svg#lb-replay g.lb-frame")).hasSize(run.trace().size());
        assertThat(page.select("svg#lb-replay g.lb-frame.is-current")).hasSize(1);
        assertThat(page.select("#replay[data-replay]").attr("data-step-count")).isEqualTo(String.valueOf(run.trace().size()));
        assertThat(page.select("ol.lb-steps li")).hasSize(run.trace().size());
        assertThat(page.select("ol.lb-steps li").first().text()).contains("Request #1", "Peak EWMA");
        assertThat(page.select("#lb-quiz select")).hasSize(3);
        assertThat(page.select("a[href='/topics/load-balancing-algorithms']")).hasSize(1);
        assertThat(page.select("a[href='/quizzes?topics=load-balancing-algorithms']")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(LbPreset.class)
    void everyPresetRendersItsRun(LbPreset preset) throws Exception {
        Document page = page(get("/simulations/load-balancing").param("preset", preset.key()), 200);
        assertThat(page.select(".lb-presets li.is-selected a").attr("href")).contains("preset=" + preset.key());
        assertThat(page.select(".lb-figures dd")).isNotEmpty();
    }

    @Test
    void stepLinksKeepTheSettingsAndShowTheStepAsked() throws Exception {
        Document page = page(get("/simulations/load-balancing?preset=weighted&step=3"), 200);
        assertThat(page.select("ol.lb-steps li.is-current").attr("data-step")).isEqualTo("3");
        assertThat(page.select(".replay-next").attr("href")).contains("preset=weighted", "step=4");
        // nginx's order: the first three requests go to a, a, b
        List<String> routed = page.select("ol.lb-steps li").eachText().stream()
                .filter(text -> text.contains(" goes to ")).limit(3).toList();
        assertThat(routed.get(0)).contains("goes to a");
        assertThat(routed.get(1)).contains("goes to a");
        assertThat(routed.get(2)).contains("goes to b");
    }

    @Test
    void comparisonRowsLinkToTheSameSettingsWithAnotherAlgorithm() throws Exception {
        // a query string, not params: the links are built from the request's query string
        Document page = page(get("/simulations/load-balancing?preset=even"), 200);
        String link = page.select("table.lb-compare a").eachAttr("href").stream()
                .filter(href -> href.contains("algorithm=least-connections")).findFirst().orElseThrow();
        assertThat(link).contains("preset=even");
        Document other = page(get(link.replace("#lb-result", "")), 200);
        assertThat(other.select("table.lb-compare tr.lb-current th").text()).isEqualTo("Least connections");
        assertThat(other.select("#lb-result-heading").text()).isEqualTo("Run: your settings, Least connections");
    }

    @Test
    void customSettingsRunWithPerServerLists() throws Exception {
        Document page = page(get("/simulations/load-balancing").param("speeds", "1, 2, 0.5").param("weights", "1 2 1")
                .param("algorithm", "smooth-weighted").param("failServer", "c").param("requests", "500"), 200);
        assertThat(page.select("table.lb-servers tbody tr")).hasSize(3);
        assertThat(page.select("table.lb-servers tbody tr").get(2).text()).contains("(fails)");
        assertThat(page.select("#lb-field-speeds").attr("value")).isEqualTo("1, 2, 0.5");
    }

    @ParameterizedTest
    @CsvSource({
            "requests, 5, Must be from 10 to 20000.",
            "requests, many, Must be a number.",
            "speeds, '1, x', Must be numbers separated by commas.",
            "speeds, '1,1,1,1,1,1,1,1,1', Give from 1 to 8 servers.",
            "weights, '1, 2', Give one value per server (4) or a single value for all.",
            "failServer, z, Must be none or a server from a to the 4th.",
            "algorithm, fastest, 'Must be one of: round-robin, smooth-weighted, random, least-connections, power-of-two, peak-ewma, consistent-hash.'",
            "ratePerSecond, 0, Must be from 0.001 to 100000.",
            "ratePerSecond, NaN, Must be a number.",
    })
    void badInputShowsTheFormWithTheFieldsError(String field, String value, String error) throws Exception {
        Document page = page(get("/simulations/load-balancing").param(field, value), 400);
        assertThat(page.select("#lb-result")).isEmpty();
        assertThat(page.select(".form-error").text()).contains("1 setting cannot be simulated");
        assertThat(page.select("#lb-field-" + field + "-error").text()).isEqualTo(error);
        assertThat(page.select("#lb-field-" + field).attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void severalBadFieldsAreAllReported() throws Exception {
        Document page = page(get("/simulations/load-balancing").param("requests", "1").param("keys", "0")
                .param("seed", "abc"), 400);
        assertThat(page.select(".field-error").eachAttr("id")).containsExactlyInAnyOrder("lb-field-requests-error",
                "lb-field-keys-error", "lb-field-seed-error");
    }

    @Test
    void unknownPresetIsReportedAboveTheForm() throws Exception {
        Document page = page(get("/simulations/load-balancing").param("preset", "nope"), 400);
        assertThat(page.select(".form-error li").text()).startsWith("preset: Must be one of: even, weighted");
    }

    @Test
    void answersAreCheckedAgainstTheRecomputedRun() throws Exception {
        LbRun run = LoadBalancing.run(LbPreset.WEIGHTED.scenario());
        List<LbQuestion> questions = LbQuestions.of(run);
        Document page = page(get("/simulations/load-balancing").param("preset", "weighted").param("check", "1")
                .param("q1", questions.get(0).answers().get(0)).param("q2", "c"), 200);
        assertThat(page.select("#lb-q1-feedback").text()).startsWith("Correct");
        assertThat(page.select("#lb-q2-feedback").text()).isEqualTo("Not quite: the answer is a.");
        assertThat(page.select("#lb-q3-feedback").text()).startsWith("Not answered");
        assertThat(page.select(".lb-score").text()).isEqualTo("1 of 3 right.");
    }

    @Test
    void anAnswerThatIsNotAChoiceIs400() throws Exception {
        Document page = page(get("/simulations/load-balancing").param("check", "1").param("q2", "zz"), 400);
        assertThat(page.select("#lb-q2-feedback").text()).startsWith("That is not one of the choices");
    }

    @Test
    void theChinesePageIsChinese() throws Exception {
        Document page = page(get("/simulations/load-balancing").param("lang", "zh").param("preset", "failure"), 200);
        assertThat(page.select("h1").text()).isEqualTo("负载均衡");
        assertThat(page.select("#lb-result-heading").text()).isEqualTo("运行：服务器故障");
        assertThat(page.select("ol.lb-steps li").first().text()).contains("请求 #1");
        Document bad = page(get("/simulations/load-balancing").param("lang", "zh").param("requests", "1"), 400);
        assertThat(bad.select("#lb-field-requests-error").text()).isEqualTo("必须在 10 到 20000 之间。");
    }
}
