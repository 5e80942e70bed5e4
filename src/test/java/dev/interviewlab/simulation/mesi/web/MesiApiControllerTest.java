package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MesiApiController.class)
@Import({CheckerResults.class, WebSliceSecurity.class})
class MesiApiControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions simulate(String json) throws Exception {
        return mvc.perform(post("/api/simulations/mesi").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aScriptAnswersWithStepsStatesTrafficAndTheCheckersVerdict() throws Exception {
        simulate("{\"cores\": 2, \"script\": \"c0 R a\\nc1 R a\\nc0 W a 4\\nc1 R a\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps", hasSize(4)))
                .andExpect(jsonPath("$.steps[0].rule").value("READ_MISS_NO_SHARER"))
                .andExpect(jsonPath("$.steps[0].states", contains("E", "I")))
                .andExpect(jsonPath("$.steps[0].suppliedBy").value("memory"))
                .andExpect(jsonPath("$.steps[2].bus").value("BusUpgr"))
                .andExpect(jsonPath("$.steps[2].suppliedBy").value(nullValue()))
                .andExpect(jsonPath("$.steps[2].snoops[0].rule").value("SNOOP_UPGR_SHARED"))
                .andExpect(jsonPath("$.steps[3].suppliedBy").value("c0"))
                .andExpect(jsonPath("$.steps[3].valueRead").value(4))
                .andExpect(jsonPath("$.steps[3].writeBack").value(true))
                .andExpect(jsonPath("$.steps[3].memory.a").value(4))
                .andExpect(jsonPath("$.traffic.busRd").value(3))
                .andExpect(jsonPath("$.paddedTraffic").value(nullValue()))
                .andExpect(jsonPath("$.check.passed").value(true));
    }

    @Test
    void falseSharingComesWithThePaddedTraffic() throws Exception {
        simulate("{\"preset\": \"false-sharing\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.program.lines[0]", contains("x", "y")))
                .andExpect(jsonPath("$.traffic.busRdX").value(6))
                .andExpect(jsonPath("$.paddedTraffic.busRdX").value(2));
    }

    @Test
    void aBugComesWithACounterexample() throws Exception {
        simulate("{\"bug\": \"modified-does-not-flush\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.check.passed").value(false))
                .andExpect(jsonPath("$.check.counterexample").value("c0 W a 1\nc1 R a"))
                .andExpect(jsonPath("$.check.violations[0].kind").value("STALE_READ"));
    }

    @Test
    void badSettingsAreProblemDetailsNamingEachField() throws Exception {
        simulate("{\"cores\": 7, \"bug\": \"x\", \"checkOps\": 9, \"colour\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("colour", "cores", "bug", "checkOps")));
    }

    @Test
    void aBadScriptLineIsNamedInTheClientsLanguage() throws Exception {
        mvc.perform(post("/api/simulations/mesi").header("Accept-Language", "zh").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cores\": 2, \"script\": \"c0 R a\\nc0 W a\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("script"))
                .andExpect(jsonPath("$.errors[0].message").value("第 2 行：写操作需要一个 0 到 999 之间的值。"));
    }

    @Test
    void anUnknownPresetAndUnreadableJsonAre400() throws Exception {
        simulate("{\"preset\": \"nope\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("preset"));
        simulate("{\"cores\": \"many\"}").andExpect(status().isBadRequest());
        simulate("{").andExpect(status().isBadRequest());
    }
}
