package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest(GoGcApiController.class)
class GoGcApiControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/simulations/go-gc")
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(json));
    }

    @Test
    void withoutABarrierThePresetFreesLiveC() throws Exception {
        post("{\"preset\": \"lost-object\", \"barrier\": \"none\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.barrier").value("none"))
                .andExpect(jsonPath("$.freedLiveObject").value(true))
                .andExpect(jsonPath("$.lost[0]").value("C"))
                .andExpect(jsonPath("$.steps[0].kind").value("start"))
                .andExpect(jsonPath("$.steps[-1:].colours.C").value(hasItem("freed")));
    }

    @Test
    void theHybridBarrierShadesCWhenTheGreyPathIsCut() throws Exception {
        post("{\"preset\": \"lost-object\", \"barrier\": \"hybrid\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invariant").value("weak"))
                .andExpect(jsonPath("$.freedLiveObject").value(false))
                .andExpect(jsonPath("$.steps[?(@.text == 'g1: y.f = nil')].shaded[0].cause").value(hasItem("oldPointer")));
    }

    @Test
    void aScriptRuns() throws Exception {
        post("{\"script\": \"g1.x = A\\nA.f = B\\ng1: x.f = nil\", \"barrier\": \"dijkstra\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.freed[0]").value("B"));
    }

    @Test
    void badInputIsAProblemDetailNamingTheField() throws Exception {
        post("{\"script\": \"g1: ???\", \"barrier\": \"magic\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'barrier')].message").value(hasItem(containsString("Unknown barrier"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'script')].message").value(hasItem(containsString("Line 1"))));
    }

    @Test
    void anEmptyBodyOrAnUnknownPresetIs400() throws Exception {
        post("{}").andExpect(status().isBadRequest());
        post("{\"preset\": \"nope\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preset"));
        post("not json").andExpect(status().isBadRequest());
        post("{\"script\": \"" + "#".repeat(3_001) + "\"}").andExpect(status().isBadRequest());
    }
}
