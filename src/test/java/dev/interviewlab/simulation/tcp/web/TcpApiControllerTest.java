package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.account.WebSliceSecurity;
import org.springframework.context.annotation.Import;
import dev.interviewlab.simulation.tcp.engine.TcpEvent;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
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

@Import(WebSliceSecurity.class)
@WebMvcTest(TcpApiController.class)
class TcpApiControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions simulate(String json) throws Exception {
        return mvc.perform(post("/api/simulations/tcp").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void presetAnswersWithEventsAndStatePathsInTheDocumentedShape() throws Exception {
        simulate("{\"preset\": \"normal-close\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.states.client", contains("CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1",
                        "FIN_WAIT_2", "TIME_WAIT", "CLOSED")))
                .andExpect(jsonPath("$.states.server", contains("CLOSED", "LISTEN", "SYN_RECEIVED", "ESTABLISHED",
                        "CLOSE_WAIT", "LAST_ACK", "CLOSED")))
                .andExpect(jsonPath("$.events[0].time").value(0))
                .andExpect(jsonPath("$.events[0].side").value("server"))
                .andExpect(jsonPath("$.events[0].segment").value(nullValue()))
                .andExpect(jsonPath("$.events[0].lost").value(false))
                .andExpect(jsonPath("$.events[0].states.client").value("CLOSED"))
                .andExpect(jsonPath("$.events[0].states.server").value("LISTEN"))
                .andExpect(jsonPath("$.events[1].side").value("client"))
                .andExpect(jsonPath("$.events[1].segment.number").value(1))
                .andExpect(jsonPath("$.events[1].segment.flags", contains("SYN")))
                .andExpect(jsonPath("$.events[1].segment.seq").value(100))
                .andExpect(jsonPath("$.events[1].segment.ack").value(nullValue()))
                .andExpect(jsonPath("$.events[2].time").value(50))
                .andExpect(jsonPath("$.events[2].received").value(1))
                .andExpect(jsonPath("$.events[2].rule").value("LISTEN_RECEIVES_SYN"))
                .andExpect(jsonPath("$.events[2].segment.flags", contains("SYN", "ACK")))
                .andExpect(jsonPath("$.events[2].segment.ack").value(101));
    }

    @Test
    void ackOfTheClientsFinPastALostResponseTakesItToFinWait2NotClosing() throws Exception {
        // issue 12 point 8: the response (#6) is lost, so the server's ACK of the client's FIN arrives past a gap
        simulate("{\"preset\": \"normal-close\", \"lostSegments\": [6], \"closeAtMs\": 1000, \"rtoMs\": 1000}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.states.client", contains("CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1",
                        "FIN_WAIT_2", "TIME_WAIT", "CLOSED")))
                .andExpect(jsonPath("$.states.server", contains("CLOSED", "LISTEN", "SYN_RECEIVED", "ESTABLISHED",
                        "CLOSE_WAIT", "LAST_ACK", "CLOSED")))
                .andExpect(jsonPath("$.events[?(@.rule == 'FIN_ACKNOWLEDGED_PAST_A_GAP')].received", contains(8)));
    }

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void everyPresetReturnsTheEnginesTrace(TcpPreset preset) throws Exception {
        TcpRun run = TcpSimulation.run(preset.scenario());
        ResultActions result = simulate("{\"preset\": \"" + preset.key() + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(run.events().size())));
        for (TcpEvent event : run.events()) {
            String at = "$.events[" + (event.step() - 1) + "]";
            result.andExpect(jsonPath(at + ".time").value(event.time()))
                    .andExpect(jsonPath(at + ".side").value(event.side().key()))
                    .andExpect(jsonPath(at + ".lost").value(event.sent() != null && event.sent().lost()))
                    .andExpect(jsonPath(at + ".states.client").value(event.client().name()))
                    .andExpect(jsonPath(at + ".states.server").value(event.server().name()));
        }
    }

    @Test
    void lostSegmentIsMarkedOnTheEventThatSentIt() throws Exception {
        simulate("{\"preset\": \"lost-fin\"}")
                .andExpect(jsonPath("$.events[?(@.lost == true)].segment.number", contains(4)))
                .andExpect(jsonPath("$.events[?(@.segment.retransmissionOf == 4)].segment.number", contains(5)));
    }

    @Test
    void settingGivenBesideAPresetOverridesIt() throws Exception {
        simulate("{\"preset\": \"normal-close\", \"delayMs\": 10, \"lostSegments\": []}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[2].time").value(10));
    }

    @Test
    void emptyBodyRunsTheDefaultPreset() throws Exception {
        mvc.perform(post("/api/simulations/tcp")).andExpect(status().isOk())
                .andExpect(jsonPath("$.states.client[5]").value("TIME_WAIT"));
    }

    @Test
    void outOfRangeSettingsAnswer400WithEveryFieldError() throws Exception {
        simulate("{\"delayMs\": -1, \"mslMs\": 31536000000}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("delayMs", "mslMs")))
                .andExpect(jsonPath("$.errors[?(@.field == 'delayMs')].message", contains("Must be from 0 to 10000.")));
    }

    @Test
    void lostSegmentTheRunNeverSendsAnswers400() throws Exception {
        simulate("{\"preset\": \"connection-refused\", \"lostSegments\": [9]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lostSegments"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("never sends segment 9")));
    }

    @Test
    void unknownPresetAndChoicesAnswer400() throws Exception {
        simulate("{\"preset\": \"normal\", \"profile\": \"bsd\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("preset", "profile")));
    }

    @Test
    void errorsComeInTheClientsLanguage() throws Exception {
        mvc.perform(post("/api/simulations/tcp").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content("{\"delayMs\": -1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("须在 0 到 10000 之间。"));
    }

    @Test
    void misspeltSettingIsReportedByName() throws Exception {
        simulate("{\"preset\": \"lost-fin\", \"mslSec\": 30}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mslSec"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("mslMs")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"preset\": ", "[1, 2]", "{\"delayMs\": \"soon\"}", "{\"lostSegments\": \"4\"}",
            "{\"mslSec\": 30}", "{\"lostSegments\": [null]}"})
    void malformedRequestAnswers400(String json) throws Exception {
        simulate(json).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
