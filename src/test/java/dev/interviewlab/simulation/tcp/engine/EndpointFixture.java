package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.ACK;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.FIN;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.RST;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.SYN;

/**
 * Drives one {@link TcpEndpoint} through real transitions into any state, playing the peer by hand,
 * and builds arriving segments that should classify as a given {@link TcpInput} there.
 */
final class EndpointFixture implements TcpEndpoint.Host {

    static final long PEER_ISS = 300;

    record ArmedTimer(TimerKind kind, long at) {
    }

    final TcpEndpoint endpoint;
    final List<ArmedTimer> timers = new ArrayList<>();
    private int numbers;
    /** The peer's next sequence number: what the endpoint's RCV.NXT is once synchronized. */
    private long peerNext = PEER_ISS;
    /** The endpoint's SND.NXT, followed from what it sends. */
    private long ourNext = TcpSimulation.CLIENT_ISS;
    private long ourFin = -1;

    private EndpointFixture(TcpScenario scenario) {
        this.endpoint = new TcpEndpoint(Side.CLIENT, TcpSimulation.CLIENT_ISS, scenario, this);
    }

    @Override
    public long now() {
        return 0;
    }

    @Override
    public int nextSegmentNumber() {
        return ++numbers;
    }

    @Override
    public void schedule(Side side, TimerKind kind, long generation, long at) {
        timers.add(new ArmedTimer(kind, at));
    }

    static TcpScenario scenario(TimerProfile profile, long maxRetries, boolean keepalive) {
        return new TcpScenario(profile, Opening.NORMAL, 0, 0, FirstCloser.NONE, 0, CloseMode.CLOSE, false, 0, 0, List.of(),
                10, 5_000, 1_000, maxRetries, maxRetries, maxRetries, 20_000, keepalive, 7_000, 500, 1, false, 0);
    }

    /**
     * An endpoint in {@code state} that satisfies {@code guard}.
     *
     * @param maxRetries 0 makes the next retransmission timeout a RETRIES_EXHAUSTED
     */
    static EndpointFixture in(TcpState state, Guard guard, long maxRetries) {
        TimerProfile profile = guard == Guard.ORPHANED_ON_LINUX ? TimerProfile.LINUX : TimerProfile.RFC;
        EndpointFixture f = new EndpointFixture(scenario(profile, maxRetries, true));
        boolean passive = guard == Guard.PASSIVE_OPEN;
        TcpInput closeCall = guard == Guard.ORPHANED_ON_LINUX ? TcpInput.CLOSE : TcpInput.SHUTDOWN;
        switch (state) {
            case CLOSED -> {
            }
            case LISTEN -> f.call(TcpInput.PASSIVE_OPEN);
            case SYN_SENT -> f.call(TcpInput.ACTIVE_OPEN);
            case SYN_RECEIVED -> {
                f.call(passive ? TcpInput.PASSIVE_OPEN : TcpInput.ACTIVE_OPEN);
                f.arrive(f.peer(EnumSet.of(SYN), PEER_ISS, 0, 0));
            }
            case ESTABLISHED -> f.establish(passive);
            case FIN_WAIT_1 -> {
                f.establish(passive);
                f.call(closeCall);
            }
            case FIN_WAIT_2 -> {
                f.establish(passive);
                f.call(closeCall);
                f.arrive(f.build(TcpInput.ACK_OF_FIN));
            }
            case CLOSE_WAIT -> {
                f.establish(passive);
                f.arrive(f.build(TcpInput.FIN));
            }
            case CLOSING -> {
                f.establish(passive);
                f.call(closeCall);
                f.arrive(f.peer(EnumSet.of(FIN, ACK), f.peerNext, f.ourFin, 0));
            }
            case LAST_ACK -> {
                f.establish(passive);
                f.arrive(f.build(TcpInput.FIN));
                f.call(TcpInput.CLOSE);
            }
            case TIME_WAIT -> {
                f.establish(passive);
                f.call(closeCall);
                f.arrive(f.build(TcpInput.ACK_OF_FIN));
                f.arrive(f.build(TcpInput.FIN));
            }
        }
        if (f.endpoint.state() != state) {
            throw new IllegalStateException("fixture reached " + f.endpoint.state() + " instead of " + state);
        }
        f.timers.clear();
        return f;
    }

    private void establish(boolean passive) {
        if (passive) {
            call(TcpInput.PASSIVE_OPEN);
            arrive(peer(EnumSet.of(SYN), PEER_ISS, 0, 0));
            arrive(peer(EnumSet.of(ACK), peerNext, ourNext, 0));
        } else {
            call(TcpInput.ACTIVE_OPEN);
            arrive(peer(EnumSet.of(SYN, ACK), PEER_ISS, ourNext, 0));
        }
    }

    /** Applies the table's rule for a call, as the run does. */
    TcpEndpoint.Draft call(TcpInput call) {
        return apply(call, null, 10);
    }

    TcpEndpoint.Draft arrive(Segment segment) {
        return apply(endpoint.classify(segment), segment, 0);
    }

    TcpEndpoint.Draft apply(TcpInput input, Segment segment, long bytes) {
        TcpRule rule = endpoint.rule(input).orElseThrow(() ->
                new IllegalStateException("no rule for " + input + " in " + endpoint.state()));
        if (segment != null) {
            long end = segment.seq() + segment.sequenceLength();
            if (segment.has(SYN) && !segment.has(RST)) {
                peerNext = Math.max(peerNext, end);
            } else if (segment.seq() == peerNext) {
                peerNext = end;
            }
        }
        TcpEndpoint.Draft draft = endpoint.apply(rule, input, segment, bytes);
        if (draft != null && !draft.flags().contains(RST) && !draft.probe()) {
            long length = draft.length() + (draft.flags().contains(SYN) ? 1 : 0) + (draft.flags().contains(FIN) ? 1 : 0);
            if (draft.flags().contains(FIN)) {
                ourFin = draft.seq();
            }
            ourNext = Math.max(ourNext, draft.seq() + length);
        }
        return draft;
    }

    Segment peer(Set<SegmentFlag> flags, long seq, long ack, int length) {
        return new Segment(++numbers, Side.SERVER, flags, seq, ack, length, 0, false, 0, 0, LossCause.NONE);
    }

    /** A segment from the peer that the endpoint, in its present state, should classify as {@code input}. */
    Segment build(TcpInput input) {
        TcpState state = endpoint.state();
        // an acknowledgement that covers everything except our FIN, if we sent one
        long ackBeforeFin = ourFin >= 0 ? ourFin : ourNext;
        return switch (input) {
            case SYN -> state.isSynchronized() ? peer(EnumSet.of(SYN), peerNext, 0, 0) : peer(EnumSet.of(SYN), PEER_ISS, 0, 0);
            case SYN_ACK -> peer(EnumSet.of(SYN, ACK), PEER_ISS, ourNext, 0);
            case ACK_OF_SYN, ACK_OF_FIN -> peer(EnumSet.of(ACK), peerNext, ourNext, 0);
            case DATA -> peer(EnumSet.of(ACK), peerNext, ackBeforeFin, 10);
            case DATA_ACK_OF_FIN -> peer(EnumSet.of(ACK), peerNext, ourNext, 10);
            case ACK -> peer(EnumSet.of(ACK), peerNext, ackBeforeFin, 0);
            case FIN -> state == TcpState.TIME_WAIT
                    ? peer(EnumSet.of(FIN, ACK), peerNext - 1, ourNext, 0)
                    : peer(EnumSet.of(FIN, ACK), peerNext, state == TcpState.SYN_RECEIVED ? ourNext : ackBeforeFin, 0);
            case FIN_ACK_OF_FIN -> peer(EnumSet.of(FIN, ACK), peerNext, ourNext, 0);
            case DUPLICATE -> peer(EnumSet.of(ACK), peerNext - 1, ourNext, 0);
            case OUT_OF_ORDER -> peer(EnumSet.of(ACK), peerNext + 10, ackBeforeFin, 5);
            case OUT_OF_ORDER_ACK_OF_FIN -> peer(EnumSet.of(ACK), peerNext + 10, ourNext, 5);
            case RST -> state == TcpState.SYN_SENT ? peer(EnumSet.of(RST, ACK), 0, ourNext, 0) : peer(EnumSet.of(RST), peerNext, 0, 0);
            case RST_IN_WINDOW -> peer(EnumSet.of(RST), peerNext + 1000, 0, 0);
            case BAD_RST -> state == TcpState.SYN_SENT ? peer(EnumSet.of(RST), 0, 0, 0)
                    : peer(EnumSet.of(RST), peerNext + TcpLimits.RECEIVE_WINDOW + 1000, 0, 0);
            case BAD_ACK -> peer(EnumSet.of(ACK), peerNext, ourNext + 50, 0);
            default -> throw new IllegalArgumentException(input + " is not a segment");
        };
    }
}
