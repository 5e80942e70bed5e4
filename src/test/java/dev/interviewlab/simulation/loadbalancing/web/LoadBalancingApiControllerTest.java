package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.simulation.loadbalancing.engine.LbPreset;
import dev.interviewlab.simulation.loadbalancing.engine.LbRun;
import dev.interviewlab.simulation.loadbalancing.engine.LoadBalancing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest(LoadBalancingApiController.class)
class LoadBalancingApiControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions simulate(String json) throws Exception {
        return mvc.perform(post("/api/simulations/load-balancing").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void presetAnswersWithStatsComparisonKeyMovementAndTrace() throws Exception {
        LbRun run = LoadBalancing.run(LbPreset.WEIGHTED.scenario());
        simulate("{\"preset\": \"weighted\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("smooth-weighted"))
                .andExpect(jsonPath("$.stats.requests").value(2000))
                .andExpect(jsonPath("$.stats.p99Ms").value(run.stats().p99LatencyMs()))
                .andExpect(jsonPath("$.stats.servers[*].name", contains("a", "b", "c")))
                .andExpect(jsonPath("$.comparison", hasSize(7)))
                .andExpect(jsonPath("$.keyMovement.servers").value(3))
                .andExpect(jsonPath("$.trace", hasSize(run.trace().size())))
                .andExpect(jsonPath("$.trace[0].kind").value("started"))
                .andExpect(jsonPath("$.trace[0].request").value(1))
                .andExpect(jsonPath("$.trace[0].server").value("a"))
                .andExpect(jsonPath("$.trace[0].candidates", contains("a", "b", "c")))
                .andExpect(jsonPath("$.trace[0].scores", contains(5.0, 1.0, 1.0)));
    }

    @Test
    void emptyBodyRunsTheDefaultPreset() throws Exception {
        mvc.perform(post("/api/simulations/load-balancing")).andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("peak-ewma"));
    }

    @Test
    void settingsBesideAPresetOverrideIt() throws Exception {
        simulate("{\"preset\": \"even\", \"algorithm\": \"random\", \"speeds\": [1, 1], \"requests\": 100}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("random"))
                .andExpect(jsonPath("$.stats.requests").value(100))
                .andExpect(jsonPath("$.stats.servers", hasSize(2)));
    }

    @Test
    void outOfRangeSettingsAnswer400WithEveryFieldError() throws Exception {
        simulate("{\"requests\": 1000000, \"virtualNodes\": 0, \"weights\": [1, 2]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("weights")));
        simulate("{\"requests\": 1000000, \"virtualNodes\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("requests", "virtualNodes")))
                .andExpect(jsonPath("$.errors[?(@.field == 'requests')].message", contains("Must be from 10 to 20000.")));
    }

    @Test
    void errorsComeInTheClientsLanguage() throws Exception {
        mvc.perform(post("/api/simulations/load-balancing").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN").content("{\"requests\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("必须在 10 到 20000 之间。"));
    }

    @Test
    void misspeltSettingIsReportedByName() throws Exception {
        simulate("{\"algoritm\": \"random\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("algoritm"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("algorithm")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"preset\": ", "[1, 2]", "{\"requests\": \"many\"}", "{\"speeds\": \"fast\"}",
            "{\"speeds\": [null]}", "{\"speeds\": []}", "{\"failServer\": \"q\"}", "{\"cost\": \"huge\"}",
            "{\"ratePerSecond\": 1e-9}"})
    void malformedRequestAnswers400(String json) throws Exception {
        simulate(json).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
