package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.simulation.mesi.engine.MesiPreset;
import dev.interviewlab.simulation.mesi.engine.MesiQuestion;
import dev.interviewlab.simulation.mesi.engine.MesiQuestions;
import dev.interviewlab.simulation.mesi.engine.MesiRun;
import dev.interviewlab.simulation.mesi.engine.MesiSimulation;
import dev.interviewlab.simulation.mesi.engine.ProtocolBug;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MesiSimulationController.class)
@Import({MesiPageAssembler.class, CheckerResults.class, WebSliceSecurity.class})
class MesiSimulationControllerTest {

    @Autowired
    MockMvc mvc;

    private Document page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString());
    }

    @Test
    void firstVisitShowsTheDefaultPresetWithDiagramStepsQuizAndTheCheckersVerdict() throws Exception {
        Document page = page(get("/simulations/mesi").param("lang", "en"), 200);
        MesiRun run = MesiSimulation.run(MesiPreset.WRITE_INVALIDATES.program(), ProtocolBug.NONE);

        assertThat(page.select("h1").text()).isEqualTo("MESI cache coherence");
        assertThat(page.select("#mesi-result-heading").text()).isEqualTo("Run: A write invalidates");
        assertThat(page.select("svg#mesi-diagram g.mesi-frame")).hasSize(run.steps().size());
        assertThat(page.select("svg#mesi-diagram g.mesi-frame.is-current").attr("data-step")).isEqualTo("1");
        assertThat(page.select("svg#mesi-diagram .mesi-bus-label").eachText()).contains("BusUpgr from c0; no data moves",
                "BusRd from c1; data from c0 by Flush");
        assertThat(page.select("ol.mesi-steps > li")).hasSize(run.steps().size());
        assertThat(page.select("ol.mesi-steps").text()).contains("c0: S → M. Write to a Shared line: BusUpgr");
        assertThat(page.select("#mesi-quiz select")).hasSize(3);
        assertThat(page.select(".mesi-verdict").text()).startsWith("No violation");
        assertThat(page.select("a[href='/topics/cpu-cache-mesi']")).hasSize(1);
        assertThat(page.select("#mesi-field-script").text()).contains("c2 W a 2");
    }

    @Test
    void aStepAddressShowsThatStep() throws Exception {
        Document page = page(get("/simulations/mesi").param("preset", "write-invalidates").param("step", "4"), 200);

        assertThat(page.select("#replay").attr("data-current")).isEqualTo("4");
        assertThat(page.select("svg#mesi-diagram g.mesi-frame.is-current").attr("data-step")).isEqualTo("4");
        assertThat(page.select(".mesi-now .is-current").text()).contains("Step 4: c1 reads a");
    }

    @Test
    void theFalseSharingPresetComparesBusTrafficWithThePaddedLayout() throws Exception {
        Document page = page(get("/simulations/mesi").param("preset", "false-sharing").param("lang", "en"), 200);

        List<String> busRdX = page.select("table.mesi-comparison tr:has(th:containsOwn(BusRdX)) td").eachText();
        assertThat(busRdX).containsExactly("6", "2");
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolBug.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aBugShowsTheCheckersCounterexampleAndItsReplayLinkShowsTheBreach(ProtocolBug bug) throws Exception {
        Document page = page(get("/simulations/mesi").param("bug", bug.key()).param("lang", "en"), 200);

        assertThat(page.select(".mesi-verdict").text()).startsWith("Violation found");
        assertThat(page.select("pre.mesi-script").text()).isNotBlank();
        String replay = page.select("#mesi-check a.button").attr("href");
        Document replayed = page(get(java.net.URI.create(replay.replace("#mesi-result", "") + "&lang=en")), 200);
        assertThat(replayed.select(".mesi-note").text()).contains("broke a coherence guarantee");
        assertThat(replayed.select(".mesi-now .is-current .mesi-violation")).isNotEmpty();
    }

    @Test
    void badSettingsAnswer400WithEachFieldsError() throws Exception {
        Document page = page(get("/simulations/mesi").param("cores", "9").param("script", "c0 R a\nc0 X b")
                .param("bug", "nope").param("checkOps", "x").param("lang", "en"), 400);

        assertThat(page.select("#mesi-result")).isEmpty();
        assertThat(page.select(".form-error").text()).contains("3 settings need changing");
        assertThat(page.select("#mesi-field-cores").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".field.has-error").text()).contains("Must be from 2 to 4.", "Choose one of: none,",
                "Must be a whole number.");
    }

    @Test
    void aScriptErrorNamesItsLine() throws Exception {
        Document page = page(get("/simulations/mesi").param("cores", "2").param("script", "c0 R a\nc5 W a 1\nc0 W a"), 400);

        assertThat(page.select("#mesi-field-script").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".field.has-error li").eachText()).containsExactly(
                "Line 2: there is no core c5; the cores are c0 to c1.", "Line 3: a write needs a value from 0 to 999.");
    }

    @Test
    void anUnknownPresetAndRandomSettingsOutOfRangeAreFieldErrors() throws Exception {
        assertThat(page(get("/simulations/mesi").param("preset", "nope"), 400).select(".field-error").text())
                .contains("There is no preset");
        assertThat(page(get("/simulations/mesi").param("source", "random").param("operations", "999").param("variables", "0"), 400)
                .select(".field.has-error").text()).contains("Must be from 1 to 60.", "Must be from 1 to 4.");
    }

    @Test
    void aRandomProgramFromASeedRuns() throws Exception {
        Document page = page(get("/simulations/mesi").param("source", "random").param("cores", "4").param("operations", "30")
                .param("variables", "2").param("seed", "42"), 200);

        assertThat(page.select("ol.mesi-steps > li")).hasSize(30);
    }

    @Test
    void emptyFieldsTakeTheDefaults() throws Exception {
        Document page = page(get("/simulations/mesi").param("source", "random").param("cores", "").param("operations", "")
                .param("variables", " ").param("seed", "").param("checkCores", "").param("checkOps", "").param("checkVariables", ""), 200);

        assertThat(page.select("ol.mesi-steps > li")).hasSize(20);
        assertThat(page.select(".mesi-figures dd").eachText()).contains("3 cores × 2 requests × 2 addresses");
    }

    @Test
    void answersAreCheckedAgainstTheSameRun() throws Exception {
        MesiRun run = MesiSimulation.run(MesiPreset.WRITE_INVALIDATES.program(), ProtocolBug.NONE);
        List<MesiQuestion> questions = MesiQuestions.of(run);
        Document page = page(get("/simulations/mesi").param("preset", "write-invalidates").param("check", "1")
                .param("q1", questions.get(0).answer()).param("q2", questions.get(1).answer()).param("q3", "memory-not-it")
                .param("lang", "en"), 400);
        assertThat(page.select(".mesi-correct")).hasSize(2);

        Document right = page(get("/simulations/mesi").param("preset", "write-invalidates").param("check", "1")
                .param("q1", questions.get(0).answer()).param("q2", questions.get(1).answer()).param("q3", questions.get(2).answer())
                .param("lang", "en"), 200);
        assertThat(right.select(".mesi-score").text()).isEqualTo("3 of 3 correct.");
    }

    @Test
    void chineseReadersGetChinese() throws Exception {
        Document page = page(get("/simulations/mesi").param("lang", "zh"), 200);

        assertThat(page.select("h1").text()).isEqualTo("MESI 缓存一致性");
        assertThat(page.select(".mesi-verdict").text()).startsWith("没有违规");
    }
}
