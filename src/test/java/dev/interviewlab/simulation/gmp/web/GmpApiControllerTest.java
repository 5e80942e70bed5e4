package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest(GmpApiController.class)
class GmpApiControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String json, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/simulations/gmp")
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language).content(json));
    }

    private ResultActions post(String json) throws Exception {
        return post(json, "en");
    }

    @Test
    void theBlockingSyscallPresetHandsThePOffAndCreatesAThread() throws Exception {
        post("{\"preset\": \"blocking-syscall\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gomaxprocs").value(1))
                .andExpect(jsonPath("$.tickMicros").value(100))
                .andExpect(jsonPath("$.summary.handoffs").value(1))
                .andExpect(jsonPath("$.summary.threads").value(2))
                .andExpect(jsonPath("$.events[*].kind").value(hasItem("handoff")))
                .andExpect(jsonPath("$.frames[0].running[0]").value(1));
    }

    @Test
    void theSettingsOverrideThePresets() throws Exception {
        post("{\"preset\": \"tight-loop-go114\", \"preemption\": \"go1.13\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preemption").value("go1.13"))
                .andExpect(jsonPath("$.summary.ignoredPreemptions").value(1))
                .andExpect(jsonPath("$.summary.maxStarvation").value(greaterThan(900)));
    }

    @Test
    void aScriptRuns() throws Exception {
        post("{\"script\": \"spawn 20 work 1ms\", \"gomaxprocs\": 2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goroutines.length()").value(20))
                .andExpect(jsonPath("$.summary.steals").value(greaterThan(0)))
                .andExpect(jsonPath("$.frames[0].states.length()").value(2));
    }

    @Test
    void badInputIsAProblemDetailNamingEachField() throws Exception {
        post("{\"script\": \"g work 1ms\\ng fly 2ms\", \"gomaxprocs\": 9, \"preemption\": \"go2\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'script')].message").value(hasItem(containsString("Line 2"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'gomaxprocs')].message").value(hasItem(containsString("between 1 and 8"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'preemption')].message").value(hasItem(containsString("go1.13"))));
    }

    @Test
    void problemsAreInChineseForAChineseClient() throws Exception {
        post("{\"script\": \"g fly 2ms\"}", "zh")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("第 1 行")));
    }

    @Test
    void anEmptyBodyAnUnknownPresetAndOversizedScriptsAre400() throws Exception {
        post("{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("script"));
        post("{\"preset\": \"nope\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preset"));
        post("not json").andExpect(status().isBadRequest());
        post("{\"script\": \"" + "#".repeat(2_001) + "\"}").andExpect(status().isBadRequest());
        post("{\"script\": \"spawn 2001 work 1ms\"}").andExpect(status().isBadRequest());
        post("{\"gomaxprocs\": \"many\", \"preset\": \"netpoller\"}").andExpect(status().isBadRequest());
    }
}
