package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.simulation.gmp.engine.Preset;
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

@WebMvcTest(GmpSimulationController.class)
@Import({GmpPageAssembler.class, WebSliceSecurity.class})
class GmpSimulationControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void firstVisitRunsTheSpawnStormWithStealsOverflowAndLinks() throws Exception {
        mvc.perform(get("/simulations/gmp").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"gmp-scheduler\""),
                        containsString("stole"), containsString("local queue was full"),
                        containsString("/topics/go-gmp-scheduler"), containsString("topics=go-gmp-scheduler"),
                        containsString("gmp-frame is-current\" data-step=\"1\""), containsString("spawn 1000 work 300us"))));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetRendersItsReplayAndNumbers(Preset preset) throws Exception {
        mvc.perform(get("/simulations/gmp").param("preset", preset.slug()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"replay\""), containsString("data-step=\"2\""),
                        containsString("Ms created"), containsString("GOMAXPROCS " + preset.gomaxprocs()))));
    }

    @ParameterizedTest(name = "{0} shows {1}")
    @CsvSource(delimiter = '|', value = {
            "blocking-syscall | sysmon retook P0",
            "tight-loop-go113 | never checks before Go 1.14",
            "tight-loop-go114 | sysmon stopped G2 after 10 ms",
            "netpoller | ready G",
            "tight-loop-go114 | took 1 G from the global queue"})
    void presetsShowTheirEvent(String preset, String text) throws Exception {
        mvc.perform(get("/simulations/gmp").param("preset", preset).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text)));
    }

    @Test
    void theComparisonShowsTheLoopStarvingTheSleeperOnlyBeforeGo114() throws Exception {
        mvc.perform(get("/simulations/gmp").param("preset", "tight-loop-go113").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("preemption=go1.14"), containsString("preemption=go1.13"),
                        containsString("Go 1.13 (cooperative)"), containsString("Go 1.14+ (asynchronous)"))));
    }

    @Test
    void aPresetRunUnderOtherSettingsIsNoLongerDescribedAsThatPreset() throws Exception {
        mvc.perform(get("/simulations/gmp").param("preset", "tight-loop-go113").param("preemption", "go1.14").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("sysmon stopped G2 after 10 ms"),
                        not(containsString("aria-current=\"page\"")), not(containsString("gmp-preset-description")))));
    }

    @Test
    void stepParameterMakesThatStepCurrentWithoutJavaScript() throws Exception {
        mvc.perform(get("/simulations/gmp").param("preset", "blocking-syscall").param("step", "3").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("gmp-frame is-current\" data-step=\"3\""),
                        not(containsString("gmp-frame is-current\" data-step=\"1\"")))));
    }

    @Test
    void aTypedWorkloadRunsInChineseWithItsSettings() throws Exception {
        mvc.perform(get("/simulations/gmp").param("script", "g syscall 5ms, work 1ms\nspawn 3 work 1ms")
                        .param("gomaxprocs", "1").param("preemption", "go1.13").param("seed", "7").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("GOMAXPROCS 1，Go 1.13（协作式），种子 7"),
                        containsString("sysmon 从处于系统调用的 M"))));
    }

    @Test
    void answersAreCheckedAgainstTheRun() throws Exception {
        // blocking-syscall: GOMAXPROCS 1, a handoff creates a second M, nothing to steal from, no preemption
        mvc.perform(get("/simulations/gmp").param("script", Preset.BLOCKING_SYSCALL.script()).param("gomaxprocs", "1")
                        .param("preemption", "go1.14").param("check", "1").param("q1", "2").param("q2", "yes")
                        .param("q3", "no").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 of 3 right"), containsString("is-wrong"))));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "preset | nope | Unknown preset",
            "script | spawn 10 dance 1ms | Line 1: Not a phase",
            "script | spawn 3000 work 1ms | more than 2,000 goroutines",
            "gomaxprocs | 9 | GOMAXPROCS must be between 1 and 8",
            "gomaxprocs | many | GOMAXPROCS must be between 1 and 8",
            "preemption | go1.99 | Unknown preemption",
            "seed | x | The seed must be a whole number",
    })
    void badInputIsAFormErrorWith400(String field, String value, String message) throws Exception {
        mvc.perform(get("/simulations/gmp").param("preset", "spawn-storm").param(field, value).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("form-error"), containsString(message),
                        not(containsString("id=\"gmp-scheduler\"")))));
    }

    @Test
    void anOverlongScriptIsRejectedInChinese() throws Exception {
        mvc.perform(get("/simulations/gmp").param("script", "#".repeat(2_001)).param("lang", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("工作负载超过")));
    }
}
