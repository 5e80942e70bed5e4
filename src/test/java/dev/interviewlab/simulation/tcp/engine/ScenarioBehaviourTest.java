package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static dev.interviewlab.simulation.tcp.engine.TcpState.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What each scenario is there to teach, checked on the trace the engine computes. */
class ScenarioBehaviourTest {

    private static TcpRun run(String preset, Function<TcpSettings.Builder, TcpSettings.Builder> change) {
        TcpSettings.Resolution resolution = TcpSettings.ofPreset(preset).with(change).resolve();
        assertThat(resolution).isInstanceOf(TcpSettings.Resolved.class);
        return TcpSimulation.run(((TcpSettings.Resolved) resolution).scenario());
    }

    private static TcpRun run(TcpPreset preset) {
        return TcpSimulation.run(preset.scenario());
    }

    private static List<TcpEvent> byRule(TcpRun run, TcpRule rule) {
        return run.events().stream().filter(event -> event.rule() == rule).toList();
    }

    @Test
    void threeWayHandshakeNumbersFollowTheRfcFigures() {
        List<Segment> segments = run(TcpPreset.NORMAL_CLOSE).segments();
        assertThat(segments.subList(0, 3)).extracting(Segment::label)
                .containsExactly("SYN seq=100", "SYN+ACK seq=300 ack=101", "ACK seq=101 ack=301");
    }

    @Test
    void lostFinIsRetransmittedAfterTheRetransmissionTimeout() {
        TcpRun run = run(TcpPreset.LOST_FIN);
        Segment lost = run.segments().get(3);
        assertThat(lost.flagText()).isEqualTo("FIN+ACK");
        assertThat(lost.loss()).isEqualTo(LossCause.DROPPED);
        Segment again = run.segments().stream().filter(s -> s.retransmissionOf() == lost.number()).findFirst().orElseThrow();
        assertThat(again.sentAt() - lost.sentAt()).isEqualTo(run.scenario().rtoMs());
        assertThat(again.seq()).isEqualTo(lost.seq());
        assertThat(run.arrivalOf(again.number())).get().extracting(TcpEvent::rule).isEqualTo(TcpRule.PEER_CLOSES);
    }

    @Test
    void lostFinalAckIsWhyTimeWaitExists() {
        TcpRun run = run(TcpPreset.LOST_FINAL_ACK);
        Segment finalAck = run.segments().get(6);
        assertThat(finalAck.from()).isEqualTo(Side.CLIENT);
        assertThat(finalAck.lost()).isTrue();
        // the server's FIN comes again, finds the client still in TIME_WAIT, and is acknowledged again
        TcpEvent again = byRule(run, TcpRule.FIN_IN_TIME_WAIT).get(0);
        assertThat(again.received().retransmissionOf()).isPositive();
        assertThat(again.sent().label()).isEqualTo(finalAck.label());
        assertThat(run.arrivalOf(again.sent().number())).get().extracting(TcpEvent::rule).isEqualTo(TcpRule.LAST_ACK_RECEIVED);
        // and 2×MSL starts over from that moment
        TcpEvent end = byRule(run, TcpRule.TIME_WAIT_ENDS).get(0);
        assertThat(end.time() - again.time()).isEqualTo(2 * run.scenario().mslMs());
        assertThat(run.summary().endpoint(Side.CLIENT).timeWaitMs()).isEqualTo(end.time() - run.sendingOf(finalAck.number()).orElseThrow().time());
    }

    @Test
    void finWithTheAckOfOurFinTakesFinWait1StraightToTimeWait() {
        // losing the server's plain ACK (#9) makes its FIN the first segment to acknowledge the client's FIN
        TcpRun run = run("normal-close", s -> s.lostSegments(9L));
        assertThat(run.statePath(Side.CLIENT)).containsSequence(FIN_WAIT_1, TIME_WAIT).doesNotContain(FIN_WAIT_2);
        assertThat(byRule(run, TcpRule.FIN_WITH_ACK_OF_FIN)).hasSize(1);
    }

    @Test
    void finArrivingPastAGapIsHeldAndReceivedWhenTheRetransmissionFillsIt() {
        // the response (#6) is lost and the server closes before its retransmission timer (3 s) fires:
        // its FIN reaches the client past a 200-byte gap
        TcpRun run = run("normal-close", s -> s.lostSegments(6L).rtoMs(3_000).closeAtMs(1_000));
        TcpEvent held = run.events().stream().filter(e -> e.side() == Side.CLIENT && e.received() != null
                && e.received().has(SegmentFlag.FIN)).findFirst().orElseThrow();
        assertThat(held.rule()).isEqualTo(TcpRule.ACK_OUT_OF_ORDER);
        assertThat(held.sent().ack()).as("a duplicate ACK for the gap").isEqualTo(301);
        // the retransmitted response fills the gap and brings the held FIN with it
        TcpEvent filled = byRule(run, TcpRule.FIN_IN_FIN_WAIT_2).get(0);
        assertThat(filled.received().retransmissionOf()).isEqualTo(6);
        assertThat(filled.received().has(SegmentFlag.FIN)).isFalse();
        assertThat(filled.sent().ack()).as("data and FIN acknowledged at once").isEqualTo(502);
        assertThat(run.statePath(Side.CLIENT)).containsExactly(CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2,
                TIME_WAIT, CLOSED);
        assertThat(run.segments()).as("the held FIN is never sent again")
                .noneMatch(seg -> seg.from() == Side.SERVER && seg.has(SegmentFlag.FIN) && seg.retransmissionOf() > 0);
    }

    @Test
    void inWindowRstIsAnsweredWithAChallengeAckThatDrawsAnExactRst() {
        // the request (#4) is lost, so the client's abort RST (seq 201) lands past the server's RCV.NXT (101)
        TcpRun run = run("rst-abort", s -> s.lostSegments(4L).closeAtMs(1_000));
        TcpEvent challenge = byRule(run, TcpRule.CHALLENGE_RST).get(0);
        assertThat(challenge.side()).isEqualTo(Side.SERVER);
        assertThat(challenge.sent().label()).isEqualTo("ACK seq=301 ack=101");
        TcpEvent answer = run.arrivalOf(challenge.sent().number()).orElseThrow();
        assertThat(answer.rule()).isEqualTo(TcpRule.CLOSED_ANSWERS_RST);
        assertThat(run.arrivalOf(answer.sent().number())).get().extracting(TcpEvent::rule).isEqualTo(TcpRule.RESET);
        assertThat(run.statePath(Side.SERVER)).endsWith(ESTABLISHED, CLOSED);
    }

    @Test
    void resetOfAHalfOpenedPassiveConnectionReturnsTheServerToListen() {
        // the client gives up connect() before the SYN+ACK arrives; its RST answers the SYN+ACK
        TcpRun run = run("normal-close", s -> s.closeAtMs(10).closeMode("abort").delayMs(50));
        assertThat(byRule(run, TcpRule.CLOSED_ANSWERS_RST)).hasSize(1);
        assertThat(run.statePath(Side.SERVER)).containsExactly(CLOSED, LISTEN, SYN_RECEIVED, LISTEN);
    }

    @Test
    void resetOfAHalfOpenedActiveConnectionClosesIt() {
        // the client's SYN+ACK (#4) is lost, so the server is still in SYN_RECEIVED when the client's RST comes
        TcpRun run = run("simultaneous-open", s -> s.closeAtMs(60).closeMode("abort").lostSegments(4L));
        assertThat(byRule(run, TcpRule.RESET_REFUSES_ACTIVE_OPEN)).extracting(TcpEvent::side).containsExactly(Side.SERVER);
        assertThat(run.statePath(Side.SERVER)).containsExactly(CLOSED, SYN_SENT, SYN_RECEIVED, CLOSED);
    }

    @Test
    void simultaneousCloseTakesBothThroughClosing() {
        TcpRun run = run(TcpPreset.SIMULTANEOUS_CLOSE);
        assertThat(byRule(run, TcpRule.SIMULTANEOUS_CLOSE)).extracting(TcpEvent::side).containsExactlyInAnyOrder(Side.CLIENT, Side.SERVER);
        assertThat(run.summary().endpoint(Side.CLIENT).timeWaitMs()).isEqualTo(60_000);
        assertThat(run.summary().endpoint(Side.SERVER).timeWaitMs()).isEqualTo(60_000);
    }

    @Test
    void simultaneousOpenSendsTwoSynsAndTwoSynAcks() {
        TcpRun run = run(TcpPreset.SIMULTANEOUS_OPEN);
        assertThat(run.segments().subList(0, 4)).extracting(Segment::label)
                .containsExactly("SYN seq=100", "SYN seq=300", "SYN+ACK seq=300 ack=101", "SYN+ACK seq=100 ack=301");
    }

    @Test
    void abortSendsRstAndSkipsTimeWait() {
        TcpRun run = run(TcpPreset.RST_ABORT);
        TcpEvent abort = byRule(run, TcpRule.ABORT_SENDS_RST).get(0);
        assertThat(abort.sent().flagText()).isEqualTo("RST");
        assertThat(run.arrivalOf(abort.sent().number())).get().extracting(TcpEvent::notice).isEqualTo(AppNotice.CONNECTION_RESET);
        assertThat(run.statePath(Side.CLIENT)).doesNotContain(TIME_WAIT);
    }

    @Test
    void closeWithUnreadDataSendsRstAndCloseWithNothingUnreadSendsFin() {
        // the client never reads the 200-byte response
        TcpRun unread = run("normal-close", s -> s.closeMode("close-unread"));
        TcpEvent close = byRule(unread, TcpRule.CLOSE_DISCARDS_UNREAD_DATA).get(0);
        assertThat(close.side()).isEqualTo(Side.CLIENT);
        assertThat(close.sent().flagText()).isEqualTo("RST");
        assertThat(unread.summary().endpoint(Side.SERVER).notices()).containsExactly(AppNotice.CONNECTION_RESET);
        // without a response there is nothing to leave unread: an ordinary FIN
        TcpRun nothingUnread = run("normal-close", s -> s.closeMode("close-unread").responseBytes(0));
        assertThat(byRule(nothingUnread, TcpRule.CLOSE_DISCARDS_UNREAD_DATA)).isEmpty();
        assertThat(nothingUnread.statePath(Side.CLIENT)).contains(TIME_WAIT);
        // a server reads the request it answers, so closing first after answering sends FIN
        TcpRun server = run("server-closes-first", s -> s.closeMode("close-unread"));
        assertThat(byRule(server, TcpRule.CLOSE_SENDS_FIN)).extracting(TcpEvent::side).contains(Side.SERVER);
        TcpRun serverWithoutAnswer = run("server-closes-first", s -> s.closeMode("close-unread").responseBytes(0));
        assertThat(byRule(serverWithoutAnswer, TcpRule.CLOSE_DISCARDS_UNREAD_DATA)).extracting(TcpEvent::side)
                .containsExactly(Side.SERVER);
    }

    @Test
    void connectWithoutListenerIsRefusedByRstAck() {
        TcpRun run = run(TcpPreset.CONNECTION_REFUSED);
        assertThat(run.segments()).extracting(Segment::label).containsExactly("SYN seq=100", "RST+ACK seq=0 ack=101");
        assertThat(run.summary().endpoint(Side.CLIENT).notices()).containsExactly(AppNotice.CONNECTION_REFUSED);
    }

    @Test
    void keepaliveProbesAnIdleConnectionAndGivesUpOnADeadPeer() {
        TcpRun run = run(TcpPreset.KEEPALIVE_DEAD_PEER);
        TcpScenario s = run.scenario();
        long lastHeard = run.events().stream().filter(e -> e.side() == Side.CLIENT && e.received() != null)
                .mapToLong(TcpEvent::time).max().orElseThrow();
        List<Segment> probes = run.segments().stream().filter(Segment::probe).toList();
        assertThat(probes).hasSize((int) s.keepaliveProbes());
        for (int i = 0; i < probes.size(); i++) {
            assertThat(probes.get(i).sentAt()).isEqualTo(lastHeard + s.keepaliveIdleMs() + i * s.keepaliveIntervalMs());
            assertThat(probes.get(i).loss()).isEqualTo(LossCause.HOST_DOWN);
        }
        TcpEvent givesUp = byRule(run, TcpRule.KEEPALIVE_GIVES_UP).get(0);
        // Linux defaults: 7200 s + 9 × 75 s = 2 h 11 min 15 s after the last segment heard
        assertThat(givesUp.time() - lastHeard).isEqualTo(7_875_000);
        assertThat(givesUp.notice()).isEqualTo(AppNotice.TIMED_OUT);
    }

    @Test
    void keepaliveProbeOfALivePeerIsAnsweredAndResetsTheCount() {
        TcpRun run = run("keepalive-dead-peer", s -> s.serverGoesDown(false).keepaliveIdleMs(10_000_000));
        assertThat(run.stop()).isEqualTo(TcpRun.Stop.HORIZON);
        List<TcpEvent> probes = byRule(run, TcpRule.KEEPALIVE_PROBE);
        assertThat(probes).hasSizeGreaterThan(1);
        for (TcpEvent probe : probes) {
            assertThat(run.arrivalOf(probe.sent().number())).get().extracting(TcpEvent::rule).isEqualTo(TcpRule.ACK_DUPLICATE);
        }
        assertThat(run.statePath(Side.CLIENT)).endsWith(ESTABLISHED);
    }

    @Test
    void linuxSynRetriesBackOffToOneHundredTwentySevenSeconds() {
        TcpRun run = run("connection-refused", s -> s.lostSegments(1L, 2L, 3L, 4L, 5L, 6L, 7L));
        assertThat(run.segments()).extracting(Segment::sentAt)
                .containsExactly(0L, 1_000L, 3_000L, 7_000L, 15_000L, 31_000L, 63_000L);
        TcpEvent gaveUp = byRule(run, TcpRule.GIVE_UP).get(0);
        assertThat(gaveUp.time()).isEqualTo(127_000);
        assertThat(gaveUp.notice()).isEqualTo(AppNotice.TIMED_OUT);
    }

    @Test
    void timeWaitLastsTwoMslUnderTheRfcAndSixtySecondsOnLinux() {
        TcpRun rfc = run("normal-close", s -> s.mslMs(5_000));
        TcpRun linux = run("normal-close", s -> s.mslMs(5_000).profile("linux"));
        assertThat(rfc.summary().endpoint(Side.CLIENT).timeWaitMs()).isEqualTo(10_000);
        assertThat(linux.summary().endpoint(Side.CLIENT).timeWaitMs()).isEqualTo(TimerProfile.LINUX_TIME_WAIT_MS);
    }

    @Test
    void onlyAnOrphanedFinWait2TimesOutOnLinux() {
        TcpRun orphan = run("close-wait-leak", s -> s.finTimeoutMs(30_000));
        TcpEvent timeout = byRule(orphan, TcpRule.FIN_WAIT_2_ENDS).get(0);
        TcpEvent entered = orphan.events().stream().filter(e -> e.after() == FIN_WAIT_2 && e.changesState()).findFirst().orElseThrow();
        assertThat(timeout.time() - entered.time()).isEqualTo(30_000);

        TcpRun halfClosed = run("close-wait-leak", s -> s.closeMode("shutdown"));
        assertThat(halfClosed.statePath(Side.CLIENT)).endsWith(FIN_WAIT_2);
        TcpRun rfc = run("close-wait-leak", s -> s.profile("rfc"));
        assertThat(rfc.statePath(Side.CLIENT)).endsWith(FIN_WAIT_2);
    }

    @Test
    void closeWaitLeakIsReportedUntilTheEndOfTheRun() {
        TcpSummary summary = run(TcpPreset.CLOSE_WAIT_LEAK).summary();
        assertThat(summary.endpoint(Side.SERVER).endsInCloseWait()).isTrue();
        assertThat(summary.endpoint(Side.SERVER).closeWaitMs()).isGreaterThan(60_000);
    }

    @Test
    void finTimeoutLetsTheLeakingServersLateFinMeetAnRst() {
        TcpRun run = run("close-wait-leak", s -> s.peerCloses(true).peerCloseDelayMs(90_000));
        assertThat(byRule(run, TcpRule.CLOSED_ANSWERS_RST)).extracting(TcpEvent::side).containsExactly(Side.CLIENT);
        assertThat(run.statePath(Side.SERVER)).endsWith(CLOSE_WAIT, LAST_ACK, CLOSED);
        assertThat(byRule(run, TcpRule.RESET_WHILE_CLOSING)).extracting(TcpEvent::side).containsExactly(Side.SERVER);
    }

    @Test
    void dataForAnOrphanIsAnsweredWithRstOnLinuxAndAcknowledgedUnderTheRfc() {
        // the client closes at 160 ms; the response sent at 150 ms arrives at 200 ms
        TcpRun linux = run("normal-close", s -> s.profile("linux").closeAtMs(160));
        assertThat(byRule(linux, TcpRule.DATA_AFTER_CLOSE)).hasSize(1);
        TcpRun rfc = run("normal-close", s -> s.closeAtMs(160));
        assertThat(byRule(rfc, TcpRule.DATA_AFTER_CLOSE)).isEmpty();
        assertThat(rfc.statePath(Side.CLIENT)).contains(TIME_WAIT);
    }

    @Test
    void lostHandshakeAckIsMadeUpForByTheFirstDataSegment() {
        TcpRun run = run("normal-close", s -> s.lostSegments(3L));
        assertThat(byRule(run, TcpRule.HANDSHAKE_COMPLETES).get(0).received().length()).isEqualTo(100);
    }

    @Test
    void aStraySegmentNoRuleAcceptsIsReportedInTheTrace() {
        TcpScenario scenario = TcpPreset.NORMAL_CLOSE.scenario();
        // an old duplicate carrying data after the server's FIN reaches the client in TIME_WAIT
        Segment stray = new Segment(0, Side.SERVER, java.util.EnumSet.of(SegmentFlag.ACK), 502, 202, 10, 0, false, 30_000,
                30_000, LossCause.NONE);
        TcpRun run = TcpSimulation.run(scenario, List.of(stray));
        TcpEvent reported = run.events().stream().filter(TcpEvent::unhandled).findFirst().orElseThrow();
        assertThat(reported.side()).isEqualTo(Side.CLIENT);
        assertThat(reported.before()).isEqualTo(TIME_WAIT);
        assertThat(reported.input()).isEqualTo(TcpInput.DATA);
        assertThat(reported.after()).isEqualTo(TIME_WAIT);
        assertThat(run.summary().unhandledSegments()).isEqualTo(1);
    }
}
