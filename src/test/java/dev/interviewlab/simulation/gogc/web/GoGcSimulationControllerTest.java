package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(GoGcSimulationController.class)
@Import({GoGcPageAssembler.class, CounterexampleCache.class, WebSliceSecurity.class})
class GoGcSimulationControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void firstVisitRunsTheLostObjectWithoutABarrierAndShowsTheCheckersCounterexample() throws Exception {
        mvc.perform(get("/simulations/go-gc").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"gogc-heap\""), containsString("Bug: the sweep freed C"),
                        containsString("g1: x.g = z"), containsString("/topics/go-garbage-collector"),
                        containsString("shortest counterexample"), containsString("Replay this counterexample"),
                        containsString("shade(*slot)"))));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({"lost-object, none, true", "lost-object, hybrid, false", "hidden-on-stack, dijkstra, false",
            "grey-stack-write, yuasa, false", "grey-stack-write, none, true"})
    void presetsRunUnderTheChosenBarrier(String preset, String barrier, boolean bug) throws Exception {
        mvc.perform(get("/simulations/go-gc").param("preset", preset).param("barrier", barrier).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-step=\"1\""), containsString("class=\"replay\""),
                        bug ? containsString("gogc-outcome is-bug") : containsString("No live object was freed"))));
    }

    @ParameterizedTest
    @EnumSource(Barrier.class)
    void theComparisonTableLinksEveryBarrier(Barrier barrier) throws Exception {
        mvc.perform(get("/simulations/go-gc").param("preset", "lost-object").param("barrier", barrier.key()).param("lang", "en"))
                .andExpect(content().string(containsString("barrier=" + barrier.key())));
    }

    @Test
    void stepParameterMakesThatStepCurrentWithoutJavaScript() throws Exception {
        mvc.perform(get("/simulations/go-gc").param("preset", "lost-object").param("barrier", "none").param("step", "5")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("gogc-frame is-current\" data-step=\"5\""),
                        containsString("Strong invariant broken"))));
    }

    @Test
    void aTypedScriptWinsAndRunsInChinese() throws Exception {
        mvc.perform(get("/simulations/go-gc").param("script", "g1.x = A\nA.f = B\ngc: scan stack g1\ng1: x.f = nil\n")
                        .param("barrier", "yuasa").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("没有存活对象被释放"), containsString("Yuasa 删除写屏障"))));
    }

    @Test
    void answersAreCheckedAgainstTheRun() throws Exception {
        mvc.perform(get("/simulations/go-gc").param("script", Preset.LOST_OBJECT.script()).param("barrier", "none")
                        .param("check", "1").param("q1", "C").param("q2", "yes").param("q3", "1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 of 3 right"), containsString("is-wrong"))));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "barrier | magic | Unknown barrier",
            "preset | nope | Unknown preset",
            "script | g1: x.f = | Line 1: Cannot read",
            "script | A.f = B\\ng1: y = x.q | Line 2: No object has a field q",
    })
    void badInputIsAFormErrorWith400(String field, String value, String message) throws Exception {
        mvc.perform(get("/simulations/go-gc").param(field, value.replace("\\n", "\n")).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("form-error"), containsString(message),
                        not(containsString("id=\"gogc-heap\"")))));
    }

    @Test
    void anOverlongScriptIsRejected() throws Exception {
        mvc.perform(get("/simulations/go-gc").param("script", "#".repeat(3_001)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 3,000 characters")));
    }
}
