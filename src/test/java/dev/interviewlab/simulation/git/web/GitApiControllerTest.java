package dev.interviewlab.simulation.git.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest(GitApiController.class)
class GitApiControllerTest {

    private static final String HISTORY = """
            {"op":"commit","branch":"main","id":"A","files":{"f.txt":"a\\nb\\nc\\nd\\ne\\n"}},
            {"op":"commit","branch":"main","id":"B","files":{"g.txt":"g\\n"}},
            {"op":"branch","name":"feature","from":"main"},
            {"op":"commit","branch":"feature","id":"E","files":{"f.txt":"A\\nb\\nc\\nd\\ne\\n"}},
            {"op":"commit","branch":"feature","id":"F","files":{"h.txt":"h\\n"}},
            {"op":"commit","branch":"main","id":"C","files":{"f.txt":"a\\nb\\nc\\nd\\nE\\n"}},
            {"op":"commit","branch":"main","id":"D","files":{"g.txt":null}}
            """;

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions run(String steps) throws Exception {
        return mvc.perform(post("/api/simulations/git").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content("{\"steps\": [" + steps + "]}"));
    }

    @Test
    void mergeAnswersWithTheIssuesShapeAndGitsParentOrder() throws Exception {
        run(HISTORY + ",{\"op\":\"merge\",\"into\":\"main\",\"from\":\"feature\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conflict").value(false))
                .andExpect(jsonPath("$.conflict_files", hasSize(0)))
                .andExpect(jsonPath("$.branches.main").value("M"))
                .andExpect(jsonPath("$.branches.feature").value("F"))
                .andExpect(jsonPath("$.commits[?(@.label=='M')].parents[0]").value(contains("D")))
                .andExpect(jsonPath("$.commits[?(@.label=='M')].parents[1]").value(contains("F")))
                .andExpect(jsonPath("$.commits[?(@.label=='M')].files['f.txt']").value(contains("A\nb\nc\nd\nE\n")));
    }

    @Test
    void rebaseNamesTheCopiesWithAPrimeAndListsOnlyReachableCommits() throws Exception {
        run(HISTORY + ",{\"op\":\"rebase\",\"branch\":\"feature\",\"onto\":\"main\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.branches.feature").value("F'"))
                .andExpect(jsonPath("$.commits[*].label", contains("A", "B", "C", "D", "E'", "F'")))
                .andExpect(jsonPath("$.commits[?(@.label==\"E'\")].parents[0]").value(contains("D")));
    }

    @Test
    void fastForwardOnlyWithFfTrue() throws Exception {
        run("""
                {"op":"commit","branch":"main","id":"A","files":{"f.txt":"a\\n"}},
                {"op":"branch","name":"feature","from":"main"},
                {"op":"commit","branch":"feature","id":"E","files":{"f.txt":"b\\n"}},
                {"op":"merge","into":"main","from":"feature","ff":true}
                """)
                .andExpect(jsonPath("$.branches.main").value("E"))
                .andExpect(jsonPath("$.commits[*].label", contains("A", "E")));
    }

    @Test
    void conflictKeepsTheBranchesAndStopsReplaying() throws Exception {
        run("""
                {"op":"commit","branch":"main","id":"A","files":{"f.txt":"x\\n"}},
                {"op":"branch","name":"feature","from":"main"},
                {"op":"commit","branch":"feature","id":"E","files":{"f.txt":"y\\n"}},
                {"op":"commit","branch":"main","id":"C","files":{"f.txt":"z\\n"}},
                {"op":"merge","into":"main","from":"feature"},
                {"op":"commit","branch":"main","id":"G","files":{}}
                """)
                .andExpect(jsonPath("$.conflict").value(true))
                .andExpect(jsonPath("$.conflict_files", contains("f.txt")))
                .andExpect(jsonPath("$.branches.main").value("C"))
                .andExpect(jsonPath("$.commits[*].label", not(contains("G"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"op\":\"frob\"}|steps[0].op|Unknown op frob",
        "{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"A\"},{\"op\":\"merge\",\"into\":\"main\",\"from\":\"nope\"}|steps[1].from|Unknown revision nope",
        "{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"A\"},{\"op\":\"rebase\",\"branch\":\"main\",\"onto\":\"main\"}|steps[1].onto|onto itself",
        "{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"M\"}|steps[0].id|reserved for merge commits",
        "{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"A\",\"files\":{\"../x\":\"a\"}}|steps[0].files|not a valid file name",
        "{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"A\"},{\"op\":\"branch\",\"name\":\"b\"}|steps[1].from|required",
    })
    void badStepsGiveA400WithTheFieldAtFault(String steps, String field, String message) throws Exception {
        run(steps)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }

    @Test
    void fileOverTheSizeLimitIsRejected() throws Exception {
        run("{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"A\",\"files\":{\"f.txt\":\"" + "x".repeat(2_001) + "\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("steps[0].files.f.txt"));
    }

    @Test
    void moreThan500StepsAreRejected() throws Exception {
        StringBuilder steps = new StringBuilder("{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"A\"}");
        for (int i = 0; i < 500; i++) {
            steps.append(",{\"op\":\"tag\",\"name\":\"t").append(i).append("\",\"rev\":\"A\"}");
        }
        run(steps.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("steps"))
                .andExpect(jsonPath("$.errors[0].message", containsString("500")));
    }

    @Test
    void moreThan200CommitsAreRejected() throws Exception {
        StringBuilder steps = new StringBuilder("{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"c0\"}");
        for (int i = 1; i <= 200; i++) {
            steps.append(",{\"op\":\"commit\",\"branch\":\"main\",\"id\":\"c").append(i).append("\"}");
        }
        run(steps.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("200")));
    }

    @Test
    void emptyAndMalformedBodiesAreBadRequests() throws Exception {
        run("").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("steps"));
        mvc.perform(post("/api/simulations/git").contentType(MediaType.APPLICATION_JSON).content("{\"steps\": [ {"))
                .andExpect(status().isBadRequest());
    }
}
