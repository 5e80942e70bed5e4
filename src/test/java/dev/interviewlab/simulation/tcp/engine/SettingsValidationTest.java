package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SettingsValidationTest {

    private static final long YEAR_MS = 365L * 24 * 3600 * 1000;

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                bad("negative delay", s -> s.delayMs(-1), "delayMs", "tcp.error.range"),
                bad("delay above ten seconds", s -> s.delayMs(10_001), "delayMs", "tcp.error.range"),
                bad("an MSL of a year", s -> s.mslMs(YEAR_MS), "mslMs", "tcp.error.range"),
                bad("an MSL of zero", s -> s.mslMs(0), "mslMs", "tcp.error.range"),
                bad("zero retransmission timeout", s -> s.rtoMs(0), "rtoMs", "tcp.error.range"),
                bad("sixteen retries", s -> s.maxRetries(16), "maxRetries", "tcp.error.range"),
                bad("sixteen SYN retries", s -> s.synRetries(16), "synRetries", "tcp.error.range"),
                bad("negative SYN+ACK retries", s -> s.synAckRetries(-1), "synAckRetries", "tcp.error.range"),
                bad("more than one segment of data", s -> s.requestBytes(1461), "requestBytes", "tcp.error.range"),
                bad("negative response", s -> s.responseBytes(-5), "responseBytes", "tcp.error.range"),
                bad("close after the horizon", s -> s.closeAtMs(TcpLimits.HORIZON_MS + 1), "closeAtMs", "tcp.error.range"),
                bad("negative close delay", s -> s.peerCloseDelayMs(-1), "peerCloseDelayMs", "tcp.error.range"),
                bad("zero keepalive probes", s -> s.keepaliveProbes(0), "keepaliveProbes", "tcp.error.range"),
                bad("keepalive idle above Linux's maximum", s -> s.keepaliveIdleMs(32_767_001), "keepaliveIdleMs", "tcp.error.range"),
                bad("zero keepalive interval", s -> s.keepaliveIntervalMs(0), "keepaliveIntervalMs", "tcp.error.range"),
                bad("zero FIN timeout", s -> s.finTimeoutMs(0), "finTimeoutMs", "tcp.error.range"),
                bad("host down before time 0", s -> s.serverDownAtMs(-1), "serverDownAtMs", "tcp.error.range"),
                bad("lost segment number zero", s -> s.lostSegments(0L), "lostSegments", "tcp.error.lostRange"),
                bad("lost segment beyond the event budget", s -> s.lostSegments(501L), "lostSegments", "tcp.error.lostRange"),
                bad("too many lost segments", s -> s.lostSegments(numbers(21)), "lostSegments", "tcp.error.lostTooMany"),
                bad("unknown preset", s -> s.preset("normal"), "preset", "tcp.error.choice"),
                bad("unknown profile", s -> s.profile("bsd"), "profile", "tcp.error.choice"),
                bad("unknown opening", s -> s.opening("tfo"), "opening", "tcp.error.choice"),
                bad("unknown closer", s -> s.firstCloser("nobody"), "firstCloser", "tcp.error.choice"),
                bad("unknown close mode", s -> s.closeMode("slam"), "closeMode", "tcp.error.choice"));
    }

    private static Arguments bad(String name, Function<TcpSettings.Builder, TcpSettings.Builder> change, String field, String key) {
        return Arguments.of(name, change, field, key);
    }

    private static Long[] numbers(int count) {
        return java.util.stream.LongStream.rangeClosed(1, count).boxed().toArray(Long[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void outOfRangeSettingIsAFieldProblem(String name, Function<TcpSettings.Builder, TcpSettings.Builder> change,
                                          String field, String key) {
        TcpSimulation.Outcome outcome = TcpSimulation.simulate(TcpSettings.ofPreset("normal-close").with(change));
        assertThat(outcome).isInstanceOf(TcpSimulation.Invalid.class);
        assertThat(((TcpSimulation.Invalid) outcome).problems()).extracting(SettingProblem::field, SettingProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, key));
    }

    @Test
    void lostSegmentNumberTheRunNeverReachesIsAFieldProblem() {
        TcpSimulation.Outcome outcome = TcpSimulation.simulate(TcpSettings.ofPreset("connection-refused").with(s -> s.lostSegments(5L)));
        SettingProblem problem = ((TcpSimulation.Invalid) outcome).problems().get(0);
        assertThat(problem.field()).isEqualTo("lostSegments");
        assertThat(problem.messageKey()).isEqualTo("tcp.error.lostNeverSent");
        assertThat(problem.arguments()).containsExactly(5L, 2);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        TcpSettings settings = TcpSettings.ofPreset("nope").with(s -> s.delayMs(-1).mslMs(YEAR_MS).profile("x"));
        TcpSettings.Rejected rejected = (TcpSettings.Rejected) settings.resolve();
        assertThat(rejected.problems()).extracting(SettingProblem::field)
                .containsExactlyInAnyOrder("preset", "profile", "delayMs", "mslMs");
    }

    @Test
    void settingsGivenBesideAPresetOverrideIt() {
        TcpSettings.Resolved resolved = (TcpSettings.Resolved) TcpSettings.ofPreset("lost-fin")
                .with(s -> s.delayMs(20).profile("linux")).resolve();
        assertThat(resolved.preset()).isEqualTo(TcpPreset.LOST_FIN);
        assertThat(resolved.scenario().delayMs()).isEqualTo(20);
        assertThat(resolved.scenario().profile()).isEqualTo(TimerProfile.LINUX);
        assertThat(resolved.scenario().lostSegments()).isEqualTo(TcpPreset.LOST_FIN.scenario().lostSegments());
    }

    @Test
    void noPresetMeansTheDefaultOne() {
        TcpSettings.Resolved resolved = (TcpSettings.Resolved) TcpSettings.ofPreset(null).resolve();
        assertThat(resolved.scenario()).isEqualTo(TcpPreset.DEFAULT.scenario());
    }

    @Test
    void aScenarioSpelledOutInFullResolvesToItself() {
        for (TcpPreset preset : TcpPreset.values()) {
            TcpSettings.Resolved resolved = (TcpSettings.Resolved) TcpSettings.of(preset.scenario()).resolve();
            assertThat(resolved.scenario()).isEqualTo(preset.scenario());
        }
    }

    @Test
    void scenarioConstructorRejectsWhatTheSettingsWouldReport() {
        TcpScenario valid = TcpPreset.NORMAL_CLOSE.scenario();
        assertThatIllegalArgumentException().isThrownBy(() -> new TcpScenario(valid.profile(), valid.opening(), 0, 0,
                valid.firstCloser(), 0, valid.closeMode(), true, 0, 0, List.of(), -1, 1, 1, 1, 1, 1, 1, false, 1, 1, 1, false,
                0));
    }

    @Test
    void presetKeysAreTheNamesTheApiDocuments() {
        assertThat(Arrays.stream(TcpPreset.values()).map(TcpPreset::key)).containsExactly("normal-close",
                "server-closes-first", "close-wait-leak", "lost-fin", "lost-final-ack", "simultaneous-close",
                "simultaneous-open", "rst-abort", "connection-refused", "half-close", "keepalive-dead-peer");
    }
}
