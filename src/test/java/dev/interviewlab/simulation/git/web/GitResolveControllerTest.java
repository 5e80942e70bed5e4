package dev.interviewlab.simulation.git.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The resolve-and-continue form: shown under a stopped run, turned into script lines, and every bad input a 400 with the reason. */
@WebMvcTest({GitSimulationController.class, GitResolveController.class})
@Import({GitRunViews.class, WebSliceSecurity.class})
class GitResolveControllerTest {

    static final String STOPS = String.join("\n",
            "git commit -m A --file f.txt \"1\\n2\"",
            "git switch -c feature",
            "git commit -m E --file f.txt \"feature\\n2\"",
            "git switch main",
            "git commit -m C --file f.txt \"main\\n2\"",
            "git merge feature",
            "git log");

    @Autowired
    MockMvc mvc;

    @Test
    void aStoppedRunOffersTheFormWithTheMarkedTextToEdit() throws Exception {
        mvc.perform(get("/simulations/git").param("script", STOPS).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("action=\"/simulations/git/resolve\""),
                        containsString("name=\"line\" value=\"6\""), containsString("name=\"operation\" value=\"merge\""),
                        containsString("&lt;&lt;&lt;&lt;&lt;&lt;&lt; HEAD"), containsString("git add + git commit"),
                        not(containsString("value=\"skip\"")))));
        mvc.perform(get("/simulations/git").param("script", STOPS.replace("git merge feature", "git switch feature\ngit rebase main"))
                        .param("lang", "zh"))
                .andExpect(content().string(allOf(containsString("value=\"skip\""), containsString("解决冲突并继续"))));
    }

    @Test
    void aScriptEndingWithEveryFileResolvedButNoContinueStillOffersTheContinue() throws Exception {
        mvc.perform(get("/simulations/git").param("script", STOPS.replace("git log", "resolve f.txt --theirs")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"line\" value=\"7\""),
                        containsString("git add + git commit"), not(containsString("name=\"path\"")))));
    }

    @Test
    void theReplayShowsTheMarkersOfAConflictTheScriptWentOnToResolve() throws Exception {
        String script = STOPS.replace("git log", "resolve f.txt --ours\ngit commit");
        mvc.perform(get("/simulations/git").param("script", script).param("step", "6").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"git-step-conflict-heading\""),
                        containsString("&gt;&gt;&gt;&gt;&gt;&gt;&gt; feature"), containsString("The next steps of the script resolve them"),
                        containsString("Merge in progress: MERGE_HEAD points at E"), not(containsString("/simulations/git/resolve\"")))));
        mvc.perform(get("/simulations/git").param("script", script).param("step", "7").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"git-step-conflict-heading\""))));
    }

    @Test
    void aRunThatFinishesHasNoForm() throws Exception {
        mvc.perform(get("/simulations/git").param("script", "git commit -m A").param("lang", "en"))
                .andExpect(content().string(not(containsString("/simulations/git/resolve"))));
    }

    @Test
    void resolvingWithOursInsertsTheLinesAfterTheStopAndRunsOn() throws Exception {
        String location = redirect(get("/simulations/git/resolve").param("script", STOPS).param("line", "6")
                .param("operation", "merge").param("path", "f.txt").param("choice", "ours").param("text", "ignored")
                .param("action", "continue"));
        String script = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams().getFirst("script");
        script = java.net.URLDecoder.decode(script, StandardCharsets.UTF_8);
        assertThat(script).contains("git merge feature\nresolve f.txt --ours\ngit commit\ngit log");
        mvc.perform(get("/simulations/git").param("script", script).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Made merge commit M on main: first parent C, second parent E"),
                        not(containsString("action=\"/simulations/git/resolve\"")))));
    }

    @Test
    void ownTextIsQuotedWithItsLineBreaks() throws Exception {
        String location = redirect(get("/simulations/git/resolve").param("script", STOPS.replace("git merge feature", "git switch feature\ngit rebase main"))
                .param("line", "7").param("operation", "rebase").param("path", "f.txt").param("choice", "text")
                .param("text", "both \"sides\"\r\n2\r\n").param("action", "continue"));
        String script = java.net.URLDecoder.decode(UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams()
                .getFirst("script"), StandardCharsets.UTF_8);
        // the parser adds the final newline a trimmed text lacks
        assertThat(script).contains("git rebase main\nresolve f.txt --text \"both \\\"sides\\\"\\n2\"\ngit rebase --continue\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad choice|merge|6|f.txt|mine|continue|Choose ours, theirs, text or delete",
        "bad action|merge|6|f.txt|ours|finish|Choose continue, skip or abort",
        "bad operation|stash|6|f.txt|ours|continue|The operation must be merge",
        "skip a merge|merge|6|f.txt|ours|skip|--skip is for a rebase only",
        "bad path|merge|6|../f.txt|ours|continue|Every conflicted file needs a valid name",
        "no line|merge|0|f.txt|ours|continue|The line the run stopped on",
    })
    void badFormsAreA400WithTheReason(String name, String operation, String line, String path, String choice, String action,
                                      String message) throws Exception {
        mvc.perform(get("/simulations/git/resolve").param("script", STOPS).param("line", line).param("operation", operation)
                        .param("path", path).param("choice", choice).param("action", action).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString(message), containsString("Back to the run"))));
    }

    @Test
    void tooLongTextAndNoParametersAreA400() throws Exception {
        mvc.perform(get("/simulations/git/resolve").param("script", STOPS).param("line", "6").param("operation", "merge")
                        .param("path", "f.txt").param("choice", "text").param("text", "x".repeat(2001)).param("action", "continue")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 2000 characters")));
        mvc.perform(get("/simulations/git/resolve").param("lang", "en")).andExpect(status().isBadRequest());
        mvc.perform(get("/simulations/git/resolve").param("script", "x".repeat(3990)).param("line", "1").param("operation", "merge")
                        .param("path", "f.txt").param("choice", "text").param("text", "long text").param("action", "continue")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void indexedListParametersAreIgnoredNotA500() throws Exception {
        String location = redirect(get("/simulations/git/resolve").param("script", STOPS).param("line", "6").param("operation", "merge")
                .param("path[5000]", "f.txt").param("choice[5000]", "ours").param("action", "continue").param("lang", "en"));
        String script = java.net.URLDecoder.decode(UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams()
                .getFirst("script"), StandardCharsets.UTF_8);
        assertThat(script).contains("git merge feature\ngit commit\n").doesNotContain("resolve");
    }

    @Test
    void anUnknownFileOrAnUnresolvedContinueIsALineErrorOnThePage() throws Exception {
        mvc.perform(get("/simulations/git").param("script", STOPS.replace("git log", "resolve nope.txt --ours\ngit commit"))
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("nope.txt is not a conflicted file")));
        mvc.perform(get("/simulations/git").param("script", STOPS.replace("git log", "git commit")).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Files still have conflicts: f.txt")));
        mvc.perform(get("/simulations/git").param("script", "git commit -m A\nresolve f.txt --ours").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No conflict is open")));
    }

    private String redirect(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }
}
