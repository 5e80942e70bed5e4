package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.ACK;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.FIN;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.RST;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.SYN;
import static org.assertj.core.api.Assertions.assertThat;

/** Walks every row of the transition table through a real endpoint. */
class TransitionTableTest {

    static Stream<Arguments> everyRow() {
        List<Arguments> rows = new ArrayList<>();
        for (TcpRule rule : TcpRule.values()) {
            for (TcpState from : rule.from()) {
                for (TcpInput input : rule.inputs()) {
                    rows.add(Arguments.of(rule, from, input));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} × {2} → {0}")
    @MethodSource("everyRow")
    void everyRowOfTheTableDoesWhatItSays(TcpRule rule, TcpState from, TcpInput input) {
        EndpointFixture f = EndpointFixture.in(from, rule.guard(), input == TcpInput.RETRIES_EXHAUSTED ? 0 : 3);
        Segment arriving = null;
        switch (input.kind()) {
            case SEGMENT -> {
                arriving = f.build(input);
                assertThat(f.endpoint.classify(arriving)).as("classification of %s", arriving.label()).isEqualTo(input);
            }
            case TIMER -> assertThat(timerInput(f, input)).isEqualTo(input);
            case CALL, HOST -> {
            }
        }
        assertThat(f.endpoint.rule(input)).contains(rule);

        TcpEndpoint.Draft sent = f.apply(input, arriving, 10);

        assertThat(f.endpoint.state()).isEqualTo(rule.next(from));
        switch (rule.reply()) {
            case NONE -> assertThat(sent).isNull();
            case SYN -> assertThat(sent.flags()).containsExactly(SYN);
            case SYN_ACK -> assertThat(sent.flags()).containsExactlyInAnyOrder(SYN, ACK);
            case ACK -> {
                assertThat(sent.flags()).containsExactly(ACK);
                assertThat(sent.length()).isZero();
                assertThat(sent.probe()).isFalse();
            }
            case ACK_NEW_DATA -> assertThat(sent).as("a bare ACK of our SYN needs no answer").isNull();
            case DATA -> {
                assertThat(sent.flags()).containsExactly(ACK);
                assertThat(sent.length()).isEqualTo(10);
            }
            case FIN -> assertThat(sent.flags()).containsExactlyInAnyOrder(FIN, ACK);
            // Linux's own RSTs carry ACK (tcp_send_active_reset); the fixture is Linux only for orphans
            case RST -> assertThat(sent.flags()).isEqualTo(rule.guard() == Guard.ORPHANED_ON_LINUX
                    ? EnumSet.of(RST, ACK) : EnumSet.of(RST));
            case RST_REPLY -> assertThat(sent.flags()).contains(RST);
            case PROBE -> assertThat(sent.probe()).isTrue();
            case RETRANSMIT -> assertThat(sent.retransmissionOf()).isPositive();
        }
    }

    /** Brings the endpoint to the point where its timer means {@code input}, and returns what it means. */
    private static TcpInput timerInput(EndpointFixture f, TcpInput input) {
        return switch (input) {
            case RETRANSMISSION_TIMEOUT, RETRIES_EXHAUSTED -> {
                if (!f.endpoint.hasUnacknowledged()) {
                    f.call(TcpInput.SEND);
                }
                yield f.endpoint.timerInput(TimerKind.RETRANSMISSION);
            }
            case TIME_WAIT_TIMEOUT -> f.endpoint.timerInput(TimerKind.TIME_WAIT);
            case FIN_WAIT_2_TIMEOUT -> f.endpoint.timerInput(TimerKind.FIN_WAIT_2);
            case KEEPALIVE_TIMEOUT -> f.endpoint.timerInput(TimerKind.KEEPALIVE);
            case KEEPALIVE_EXHAUSTED -> {
                f.apply(TcpInput.KEEPALIVE_TIMEOUT, null, 0); // the fixture allows one probe
                yield f.endpoint.timerInput(TimerKind.KEEPALIVE);
            }
            default -> throw new IllegalArgumentException(input.name());
        };
    }

    @Test
    void noTwoRulesMatchTheSameSituation() {
        for (TcpState state : TcpState.values()) {
            for (TcpInput input : TcpInput.values()) {
                for (boolean passive : new boolean[]{true, false}) {
                    for (boolean orphaned : new boolean[]{true, false}) {
                        List<TcpRule> matching = Stream.of(TcpRule.values())
                                .filter(rule -> rule.applies(state, input) && rule.guard().holds(passive, orphaned)).toList();
                        assertThat(matching).as("%s × %s (passive %s, orphan %s)", state, input, passive, orphaned)
                                .hasSizeLessThanOrEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void everyApplicationCallHasAnAnswerInEveryState() {
        for (TcpState state : TcpState.values()) {
            for (TcpInput call : EnumSet.of(TcpInput.PASSIVE_OPEN, TcpInput.ACTIVE_OPEN, TcpInput.SEND, TcpInput.SHUTDOWN,
                    TcpInput.CLOSE, TcpInput.ABORT, TcpInput.CLOSE_WITH_UNREAD_DATA, TcpInput.HOST_DOWN)) {
                for (boolean passive : new boolean[]{true, false}) {
                    for (boolean orphaned : new boolean[]{true, false}) {
                        assertThat(TransitionTable.find(state, call, passive, orphaned)).as("%s × %s", state, call).isPresent();
                    }
                }
            }
        }
    }

    @Test
    void everySynchronizedStateAnswersResetsDuplicatesAndGapsAsTheRfcSays() {
        for (TcpState state : TcpState.SYNCHRONIZED) {
            assertThat(TransitionTable.find(state, TcpInput.RST, false, false)).map(rule -> rule.next(state))
                    .contains(TcpState.CLOSED);
            assertThat(TransitionTable.find(state, TcpInput.DUPLICATE, false, false)).contains(TcpRule.ACK_DUPLICATE);
            assertThat(TransitionTable.find(state, TcpInput.OUT_OF_ORDER, false, false)).contains(TcpRule.ACK_OUT_OF_ORDER);
        }
    }

    @Test
    void resetInSynReceivedReturnsToListenOnlyAfterAPassiveOpen() {
        EndpointFixture passive = EndpointFixture.in(TcpState.SYN_RECEIVED, Guard.PASSIVE_OPEN, 3);
        passive.arrive(passive.build(TcpInput.RST));
        assertThat(passive.endpoint.state()).isEqualTo(TcpState.LISTEN);

        EndpointFixture active = EndpointFixture.in(TcpState.SYN_RECEIVED, Guard.ACTIVE_OPEN, 3);
        active.arrive(active.build(TcpInput.RST));
        assertThat(active.endpoint.state()).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void finArrivingWithTheAckOfOurFinSkipsFinWait2() {
        EndpointFixture f = EndpointFixture.in(TcpState.FIN_WAIT_1, Guard.NOT_ORPHANED_ON_LINUX, 3);
        TcpEndpoint.Draft answer = f.arrive(f.build(TcpInput.FIN_ACK_OF_FIN));
        assertThat(f.endpoint.state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(answer.flags()).containsExactly(ACK);
    }

    @Test
    void retransmittedFinInTimeWaitIsAcknowledgedAgainAndRestartsTwoMsl() {
        EndpointFixture f = EndpointFixture.in(TcpState.TIME_WAIT, Guard.NOT_ORPHANED_ON_LINUX, 3);
        TcpEndpoint.Draft answer = f.arrive(f.build(TcpInput.FIN));
        assertThat(answer.flags()).containsExactly(ACK);
        assertThat(f.timers).containsExactly(new EndpointFixture.ArmedTimer(TimerKind.TIME_WAIT, 10_000));
    }

    @Test
    void dataSentBeforeTheHandshakeGoesOutWithTheFinalAck() {
        EndpointFixture f = EndpointFixture.in(TcpState.SYN_SENT, Guard.ALWAYS, 3);
        f.call(TcpInput.SEND);
        TcpEndpoint.Draft ack = f.arrive(f.build(TcpInput.SYN_ACK));
        assertThat(f.endpoint.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(ack.flags()).containsExactly(ACK);
        assertThat(ack.length()).isEqualTo(10);
    }

    @Test
    void handshakeAckCarryingDataIsAcknowledged() {
        EndpointFixture f = EndpointFixture.in(TcpState.SYN_RECEIVED, Guard.PASSIVE_OPEN, 3);
        Segment withData = f.peer(EnumSet.of(ACK), EndpointFixture.PEER_ISS + 1, TcpSimulation.CLIENT_ISS + 1, 20);
        TcpEndpoint.Draft ack = f.arrive(withData);
        assertThat(f.endpoint.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(ack.ack()).isEqualTo(EndpointFixture.PEER_ISS + 21);
    }

    @Test
    void segmentNoRuleAcceptsFindsNoRule() {
        // RFC 9293 §3.10.7.4: text after the peer's FIN "should not occur"; the table has no row for it
        EndpointFixture f = EndpointFixture.in(TcpState.TIME_WAIT, Guard.ALWAYS, 3);
        Segment late = f.build(TcpInput.DATA);
        assertThat(f.endpoint.classify(late)).isEqualTo(TcpInput.DATA);
        assertThat(f.endpoint.rule(TcpInput.DATA)).isEmpty();
    }
}
