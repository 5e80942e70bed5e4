package dev.interviewlab.simulation.git.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.simulation.git.engine.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(GitSimulationController.class)
@Import({GitRunViews.class, WebSliceSecurity.class})
class GitSimulationControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void firstVisitShowsTheFormWithTheNotebookExampleAndNoResult() throws Exception {
        mvc.perform(get("/simulations/git").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<textarea"), containsString("git commit -m A"),
                        containsString("/topics/git-merge-vs-rebase"), not(containsString("git-graph-after")))));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetRunsWithGraphsStepsAndExport(Preset preset) throws Exception {
        mvc.perform(get("/simulations/git").param("preset", preset.slug()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"git-graph-before\""), containsString("id=\"git-graph-after\""),
                        containsString("data-step=\"1\""), containsString("class=\"replay\""),
                        containsString("/simulations/git/export"))));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetComparesMergeAndRebase(Preset preset) throws Exception {
        mvc.perform(get("/simulations/git").param("preset", preset.slug()).param("mode", "compare").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("git-contrast"), containsString("id=\"git-compare-merge\""),
                        containsString("id=\"git-compare-rebase\""), containsString("Rewritten commits"))));
    }

    @Test
    void notebookComparisonShowsTheRewrittenCopies() throws Exception {
        mvc.perform(get("/simulations/git").param("preset", "notebook").param("mode", "compare").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("E \u2192 E&#39;"), containsString("F \u2192 F&#39;"))));
    }

    @Test
    void stepParameterMakesThatStepCurrentWithoutJavaScript() throws Exception {
        mvc.perform(get("/simulations/git").param("preset", "notebook").param("step", "3").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Step 3 of 11"), containsString("aria-current=\"step\""))));
    }

    @Test
    void conflictPresetShowsGitsMarkers() throws Exception {
        mvc.perform(get("/simulations/git").param("preset", "conflict").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;&lt;&lt;&lt;&lt;&lt;&lt; HEAD"),
                        containsString("&gt;&gt;&gt;&gt;&gt;&gt;&gt; feature"), containsString("git-line-marker"))));
    }

    @Test
    void selectedCommitShowsItsFiles() throws Exception {
        mvc.perform(get("/simulations/git").param("preset", "notebook").param("commit", "E").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Files of commit E"), containsString("timeout = 60"))));
    }

    @Test
    void answersAreCheckedByTheServer() throws Exception {
        mvc.perform(get("/simulations/git").param("preset", "fastForward").param("check", "1").param("q1", "no")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Right."), containsString("right."))));
    }

    @Test
    void malformedCommandIsReportedWithItsLineAndTheScriptIsKept() throws Exception {
        mvc.perform(get("/simulations/git").param("script", "git commit -m A\ngit frobnicate now").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Line 2: git frobnicate is not simulated"),
                        containsString("git frobnicate now"))));
    }

    @Test
    void unknownBranchIsReportedWithItsLine() throws Exception {
        mvc.perform(get("/simulations/git").param("script", "git commit -m A\n\ngit merge featur").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 3: Unknown revision featur.")));
    }

    @Test
    void rebaseOntoItselfIsRejected() throws Exception {
        mvc.perform(get("/simulations/git").param("script", "git commit -m A\ngit rebase main").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 2: Rebasing main onto itself")));
    }

    @Test
    void fileOverTheSizeLimitIsRejected() throws Exception {
        String big = "x".repeat(2_001);
        mvc.perform(get("/simulations/git").param("script", "git commit -m A --file f.txt \"" + big + "\"").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("f.txt is longer than 2,000 characters")));
    }

    @Test
    void compareWithAnUnknownTopicBranchMarksThatField() throws Exception {
        mvc.perform(get("/simulations/git").param("script", "git commit -m A").param("mode", "compare").param("topic", "nope")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Unknown revision nope.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mode=sideways", "base=1bad", "preset=nope", "topic=a%20b"})
    void badSettingsGiveFormErrors(String query) throws Exception {
        mvc.perform(get("/simulations/git?" + query + "&lang=en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<textarea")));
    }

    @Test
    void nonNumericStepIsIgnoredRatherThanFailing() throws Exception {
        mvc.perform(get("/simulations/git").param("preset", "notebook").param("step", "abc"))
                .andExpect(status().isOk());
    }

    @Test
    void exportIsAShellScriptThatSetsTheSimulationsIdentity() throws Exception {
        mvc.perform(get("/simulations/git/export").param("preset", "notebook"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("git-simulation.sh")))
                .andExpect(content().string(allOf(containsString("git init -q -b main repo"),
                        containsString("GIT_COMMITTER_DATE"), containsString("git merge -q --no-edit feature"))));
    }

    @Test
    void exportOfTheRebaseSideInCompareMode() throws Exception {
        mvc.perform(get("/simulations/git/export").param("preset", "notebook").param("mode", "compare").param("variant", "rebase"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("git rebase -q main")));
    }

    @Test
    void exportOfABadScriptIsABadRequest() throws Exception {
        mvc.perform(get("/simulations/git/export").param("script", "git merge nowhere").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 1:")));
    }

    @Test
    void pageIsInChineseToo() throws Exception {
        mvc.perform(get("/simulations/git").param("preset", "notebook").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("逐步说明")));
    }
}
