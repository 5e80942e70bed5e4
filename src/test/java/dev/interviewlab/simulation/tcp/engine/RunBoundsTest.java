package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No settings can make a run longer than the documented budget. */
class RunBoundsTest {

    private static TcpRun run(TcpSettings settings) {
        return ((TcpSimulation.Ran) TcpSimulation.simulate(settings)).run();
    }

    @Test
    void chattiestAllowedSettingsStopAtTheEventBudget() {
        // keepalive every millisecond on a healthy connection that never closes
        TcpRun run = run(TcpSettings.ofPreset("keepalive-dead-peer").with(s -> s.serverGoesDown(false)
                .keepaliveIdleMs(1).keepaliveIntervalMs(1).delayMs(0)));
        assertThat(run.stop()).isEqualTo(TcpRun.Stop.EVENT_BUDGET);
        assertThat(run.events()).hasSize(TcpLimits.MAX_EVENTS);
    }

    @Test
    void slowestAllowedSettingsStopAtTheHorizon() {
        TcpRun run = run(TcpSettings.ofPreset("keepalive-dead-peer").with(s -> s.serverGoesDown(false)
                .keepaliveIdleMs(TcpLimits.MAX_KEEPALIVE_MS)));
        assertThat(run.stop()).isEqualTo(TcpRun.Stop.HORIZON);
        assertThat(run.endTime()).isLessThanOrEqualTo(TcpLimits.HORIZON_MS);
    }

    @Test
    void mostRetriesEndWithTheConnectionGivenUp() {
        // the SYN and all fifteen of its retransmissions
        Long[] lost = java.util.stream.LongStream.rangeClosed(1, 1 + TcpLimits.MAX_RETRIES).boxed().toArray(Long[]::new);
        TcpRun run = run(TcpSettings.ofPreset("connection-refused").with(s -> s.synRetries(TcpLimits.MAX_RETRIES)
                .rtoMs(1).lostSegments(lost)));
        assertThat(run.events()).hasSize(17);
        assertThat(run.endTime()).isLessThanOrEqualTo(TcpLimits.HORIZON_MS);
        assertThat(run.summary().endpoint(Side.CLIENT).notices()).containsExactly(AppNotice.TIMED_OUT);
    }
}
