package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static dev.interviewlab.simulation.tcp.engine.TcpState.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the network can drop up to {@link #MAX_LOSSES} of a preset's segments (the numbers
 * counted in the run with those drops, so every pattern is one a user can ask for), run through
 * the engine: each run must end with both endpoints done, in CLOSED or LISTEN (TIME_WAIT has run
 * out by then), never in a state that waits for something that can no longer come.
 *
 * <p>The exceptions are the documented ones, each a state no TCP timer ends: CLOSE_WAIT when the
 * application never calls close() (the CLOSE_WAIT leak); under the RFC profile, or on Linux for a
 * half-closed socket the application still holds, FIN_WAIT_2 after the peer gave up its close
 * (RFC 9293 has no FIN_WAIT_2 timer; Linux bounds only an orphan's, by tcp_fin_timeout); and a
 * half-open connection (RFC 9293 §3.5.1) when the peer's RST, or the challenge ACK that would have
 * drawn an exact one (RFC 5961 §3.2), was lost: neither is ever retransmitted, so with nothing to
 * send and no keepalive the endpoint cannot find out.
 */
class LossPatternPropertyTest {

    /** All patterns of up to this many losses: some 25,000 runs over the presets and both close times, seconds. */
    static final int MAX_LOSSES = 4;

    /**
     * Each preset as it is, and with the first close at 1 s, one initial RTO (the default when the
     * CLOSING bug was found): then closes cross retransmissions, and ACKs arrive past gaps.
     */
    static Stream<Arguments> presetsAndCloseTimes() {
        return Stream.of(TcpPreset.values()).flatMap(preset -> Stream.of(
                Arguments.of(preset, preset.scenario().closeAtMs()), Arguments.of(preset, 1_000L)));
    }

    @ParameterizedTest(name = "{0}, first close at {1} ms")
    @MethodSource("presetsAndCloseTimes")
    void everyLossPatternEndsWithBothEndpointsDoneOrADocumentedWait(TcpPreset preset, long closeAtMs) {
        TcpScenario base = withCloseAt(preset.scenario(), closeAtMs);
        List<String> stuck = new ArrayList<>();
        int[] patterns = {0};
        walk(base, new TreeSet<>(), 1, patterns, stuck);
        assertThat(stuck).as("%s: %d loss patterns tried", preset.key(), patterns[0]).isEmpty();
        assertThat(patterns[0]).isGreaterThan(preset.scenario().lostSegments().isEmpty() ? 1 : 0);
    }

    private static void walk(TcpScenario base, TreeSet<Long> lost, long from, int[] patterns, List<String> stuck) {
        TreeSet<Long> all = new TreeSet<>(base.lostSegments());
        all.addAll(lost);
        TcpScenario scenario = withLosses(base, List.copyOf(all));
        TcpRun run = TcpSimulation.run(scenario);
        patterns[0]++;
        String problem = problem(run);
        if (problem != null) {
            stuck.add("lostSegments " + all + ": " + problem);
        }
        if (lost.size() == MAX_LOSSES) {
            return;
        }
        for (long number = from; number <= run.segments().size(); number++) {
            if (all.contains(number)) {
                continue;
            }
            lost.add(number);
            walk(base, lost, number + 1, patterns, stuck);
            lost.remove(number);
        }
    }

    /** What is wrong with how the run ended, or null. */
    static String problem(TcpRun run) {
        if (run.stop() != TcpRun.Stop.COMPLETE) {
            return "run stopped by " + run.stop();
        }
        if (run.events().stream().anyMatch(TcpEvent::unhandled)) {
            return "a segment no rule accepts";
        }
        for (Side side : Side.values()) {
            TcpState state = run.summary().endpoint(side).finalState();
            if (state == CLOSED || state == LISTEN || documentedWait(run, side, state)) {
                continue;
            }
            return side + " ends in " + state + " with no timer pending; path " + run.statePath(side);
        }
        return null;
    }

    private static boolean documentedWait(TcpRun run, Side side, TcpState state) {
        TcpScenario s = run.scenario();
        boolean peerClosedFirst = s.firstCloser() == (side == Side.CLIENT ? FirstCloser.SERVER : FirstCloser.CLIENT);
        if (state == CLOSE_WAIT) {
            return peerClosedFirst && !s.peerCloses();
        }
        if (state == ESTABLISHED || state == CLOSE_WAIT) {
            // the peer reset, and the RST, or the challenge ACK that would have drawn an exact one, was lost
            long firstPeerRst = run.segments().stream().filter(seg -> seg.from() == side.peer() && seg.has(SegmentFlag.RST))
                    .mapToLong(Segment::number).min().orElse(Long.MAX_VALUE);
            boolean resetExchangeLost = run.segments().stream().anyMatch(seg -> seg.number() >= firstPeerRst && seg.lost());
            return resetExchangeLost && run.summary().endpoint(side.peer()).finalState() == CLOSED && !s.keepalive();
        }
        if (state == FIN_WAIT_2) {
            boolean noFinWait2Timer = !s.profile().isLinux() || s.closeMode() == CloseMode.SHUTDOWN;
            List<AppNotice> peer = run.summary().endpoint(side.peer()).notices();
            boolean peerGaveUp = peer.contains(AppNotice.TIMED_OUT) || !s.peerCloses()
                    || peer.contains(AppNotice.CONNECTION_RESET);
            return noFinWait2Timer && peerGaveUp;
        }
        return false;
    }

    private static TcpScenario withCloseAt(TcpScenario s, long closeAtMs) {
        return new TcpScenario(s.profile(), s.opening(), s.requestBytes(), s.responseBytes(), s.firstCloser(),
                closeAtMs, s.closeMode(), s.peerCloses(), s.peerCloseDelayMs(), s.bytesAfterEndOfStream(),
                s.lostSegments(), s.delayMs(), s.mslMs(), s.rtoMs(), s.maxRetries(), s.synRetries(), s.synAckRetries(),
                s.finTimeoutMs(), s.keepalive(), s.keepaliveIdleMs(), s.keepaliveIntervalMs(), s.keepaliveProbes(),
                s.serverGoesDown(), s.serverDownAtMs());
    }

    static TcpScenario withLosses(TcpScenario s, List<Long> lost) {
        return new TcpScenario(s.profile(), s.opening(), s.requestBytes(), s.responseBytes(), s.firstCloser(),
                s.closeAtMs(), s.closeMode(), s.peerCloses(), s.peerCloseDelayMs(), s.bytesAfterEndOfStream(), lost, s.delayMs(), s.mslMs(),
                s.rtoMs(), s.maxRetries(), s.synRetries(), s.synAckRetries(), s.finTimeoutMs(), s.keepalive(), s.keepaliveIdleMs(),
                s.keepaliveIntervalMs(), s.keepaliveProbes(), s.serverGoesDown(), s.serverDownAtMs());
    }

    @Test
    void ackOfTheFinInASegmentPastAGapTakesTheClientToFinWait2NotClosing() {
        // issue 12 point 8: {"preset":"normal-close","lostSegments":[6]}, with the close 1 s after the start and
        // an RTO of 1 s, the defaults when it was reported: the response (#6) is lost, and the server's ACK (#8)
        // of the client's FIN arrives past the gap it leaves
        TcpSettings settings = TcpSettings.ofPreset("normal-close").with(s -> s.lostSegments(6L).closeAtMs(1_000)
                .rtoMs(1_000));
        TcpRun run = TcpSimulation.run(((TcpSettings.Resolved) settings.resolve()).scenario());
        assertThat(run.arrivalOf(8)).get().extracting(TcpEvent::input).isEqualTo(TcpInput.OUT_OF_ORDER_ACK_OF_FIN);
        assertThat(run.statePath(Side.CLIENT)).containsExactly(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2,
                TIME_WAIT, CLOSED);
        assertThat(run.statePath(Side.CLIENT)).doesNotContain(CLOSING);
        assertThat(problem(run)).isNull();
    }
}
