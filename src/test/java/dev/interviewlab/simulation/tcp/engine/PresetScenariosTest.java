package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static dev.interviewlab.simulation.tcp.engine.TcpState.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every preset the issue names, run by the engine and checked state by state. */
class PresetScenariosTest {

    static Stream<Arguments> expectedPaths() {
        return Stream.of(
                Arguments.of(TcpPreset.NORMAL_CLOSE,
                        path(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED)),
                Arguments.of(TcpPreset.SERVER_CLOSES_FIRST,
                        path(CLOSED, SYN_SENT, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED)),
                // Linux: the orphaned client gives up FIN_WAIT_2 after tcp_fin_timeout; the server never leaves CLOSE_WAIT
                Arguments.of(TcpPreset.CLOSE_WAIT_LEAK,
                        path(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT)),
                Arguments.of(TcpPreset.LOST_FIN,
                        path(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED)),
                Arguments.of(TcpPreset.LOST_FINAL_ACK,
                        path(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED)),
                Arguments.of(TcpPreset.SIMULTANEOUS_CLOSE,
                        path(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, CLOSING, TIME_WAIT, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, CLOSING, TIME_WAIT, CLOSED)),
                Arguments.of(TcpPreset.SIMULTANEOUS_OPEN,
                        path(CLOSED, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED),
                        path(CLOSED, SYN_SENT, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED)),
                Arguments.of(TcpPreset.RST_ABORT,
                        path(CLOSED, SYN_SENT, ESTABLISHED, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSED)),
                Arguments.of(TcpPreset.CONNECTION_REFUSED,
                        path(CLOSED, SYN_SENT, CLOSED),
                        path(CLOSED)),
                // the client's FIN_WAIT_2 lasts while the server still sends: a half-closed socket the application holds
                Arguments.of(TcpPreset.HALF_CLOSE,
                        path(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED)),
                Arguments.of(TcpPreset.KEEPALIVE_DEAD_PEER,
                        path(CLOSED, SYN_SENT, ESTABLISHED, CLOSED),
                        path(CLOSED, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSED)));
    }

    private static List<TcpState> path(TcpState... states) {
        return Arrays.asList(states);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedPaths")
    void presetPassesThroughTheExpectedStates(TcpPreset preset, List<TcpState> client, List<TcpState> server) {
        TcpRun run = TcpSimulation.run(preset.scenario());
        assertThat(run.statePath(Side.CLIENT)).as("client").isEqualTo(client);
        assertThat(run.statePath(Side.SERVER)).as("server").isEqualTo(server);
    }

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void presetRunsToTheEndWithEverySegmentHandledByARule(TcpPreset preset) {
        TcpRun run = TcpSimulation.run(preset.scenario());
        assertThat(run.stop()).isEqualTo(TcpRun.Stop.COMPLETE);
        assertThat(run.events()).noneMatch(TcpEvent::unhandled);
        assertThat(run.lossesNeverSent()).isEmpty();
        assertThat(TcpSimulation.simulate(TcpSettings.ofPreset(preset.key()))).isInstanceOf(TcpSimulation.Ran.class);
    }

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void sameScenarioGivesTheSameTrace(TcpPreset preset) {
        assertThat(TcpSimulation.run(preset.scenario())).isEqualTo(TcpSimulation.run(preset.scenario()));
    }

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void everyArrowArrivesOneDelayAfterItLeaves(TcpPreset preset) {
        TcpRun run = TcpSimulation.run(preset.scenario());
        for (Segment segment : run.segments()) {
            assertThat(segment.arrivesAt() - segment.sentAt()).isEqualTo(preset.scenario().delayMs());
            if (segment.lost()) {
                assertThat(run.arrivalOf(segment.number())).isEmpty();
            } else {
                assertThat(run.arrivalOf(segment.number())).get().extracting(TcpEvent::time).isEqualTo(segment.arrivesAt());
            }
        }
    }
}
