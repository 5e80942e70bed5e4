package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.ACK;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.FIN;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.RST;
import static dev.interviewlab.simulation.tcp.engine.SegmentFlag.SYN;
import static dev.interviewlab.simulation.tcp.engine.TcpState.*;

/**
 * One endpoint's transmission control block (RFC 9293 §3.3.1): its state, send and receive
 * sequence variables, retransmission queue and timers. It classifies what happens to it into a
 * {@link TcpInput}, and {@link #apply applies} the rule the {@link TransitionTable} gives for it.
 * Mutable, and private to one run.
 */
final class TcpEndpoint {

    /** What the endpoint needs from the run: the clock, segment numbers and the timer queue. */
    interface Host {
        long now();

        int nextSegmentNumber();

        void schedule(Side side, TimerKind kind, long generation, long at);
    }

    /** A segment the endpoint wants sent; the run decides whether it arrives. */
    record Draft(int number, Set<SegmentFlag> flags, long seq, long ack, int length, int retransmissionOf,
                 boolean probe) {
    }

    /** A sent segment not yet acknowledged: [start, end) of sequence space. */
    private record Outstanding(long start, long end, boolean syn, boolean fin, int length, int firstNumber) {
    }

    private final Side side;
    private final long iss;
    private final TcpScenario scenario;
    private final Host host;
    private final boolean keepaliveEnabled;
    private final long[] timerGenerations = new long[TimerKind.values().length];
    private final Deque<Outstanding> unacknowledged = new ArrayDeque<>();
    /** Data and FINs that arrived beyond RCV.NXT, by sequence number, waiting for the gap before them to fill. */
    private final NavigableMap<Long, Segment> heldPastAGap = new TreeMap<>();

    private TcpState state = CLOSED;
    private boolean passiveOpen;
    private boolean orphaned;
    private long sndUna;
    private long sndNxt;
    private long rcvNxt;
    private long finSeq = -1;
    private long queuedBytes;
    private long bytesReceived;
    private long rto;
    private int retries;
    private int probesOut;

    TcpEndpoint(Side side, long iss, TcpScenario scenario, Host host) {
        this.side = side;
        this.iss = iss;
        this.scenario = scenario;
        this.host = host;
        this.keepaliveEnabled = scenario.keepalive() && side == Side.CLIENT;
        this.sndUna = iss;
        this.sndNxt = iss;
        this.rto = scenario.rtoMs();
    }

    Side side() {
        return side;
    }

    TcpState state() {
        return state;
    }

    long bytesReceived() {
        return bytesReceived;
    }

    boolean hasUnacknowledged() {
        return !unacknowledged.isEmpty();
    }

    boolean isCurrent(TimerKind kind, long generation) {
        return timerGenerations[kind.ordinal()] == generation;
    }

    Optional<TcpRule> rule(TcpInput input) {
        return TransitionTable.find(state, input, passiveOpen, orphaned && scenario.profile().isLinux());
    }

    /** The input a firing timer means now. */
    TcpInput timerInput(TimerKind kind) {
        return switch (kind) {
            case RETRANSMISSION -> retries < retryLimit() ? TcpInput.RETRANSMISSION_TIMEOUT : TcpInput.RETRIES_EXHAUSTED;
            case TIME_WAIT -> TcpInput.TIME_WAIT_TIMEOUT;
            case FIN_WAIT_2 -> TcpInput.FIN_WAIT_2_TIMEOUT;
            case KEEPALIVE -> probesOut >= scenario.keepaliveProbes() ? TcpInput.KEEPALIVE_EXHAUSTED : TcpInput.KEEPALIVE_TIMEOUT;
        };
    }

    /**
     * Retransmissions allowed before giving up: a SYN's (Linux {@code tcp_syn_retries}, plus
     * {@code tcp_syn_linear_timeouts} since 6.5), a passive open's SYN+ACK ({@code tcp_synack_retries}),
     * or those of data and FINs.
     */
    private long retryLimit() {
        return switch (state) {
            case SYN_SENT -> scenario.synRetries() + scenario.profile().synLinearTimeouts();
            case SYN_RECEIVED -> passiveOpen ? scenario.synAckRetries() : scenario.synRetries();
            default -> scenario.maxRetries();
        };
    }

    /**
     * Classifies an arriving segment in the order of the checks of RFC 9293 §3.10.7: reset,
     * sequence number, SYN, acknowledgement, then FIN and data.
     */
    TcpInput classify(Segment s) {
        return switch (state) {
            case CLOSED -> s.has(RST) ? TcpInput.RST : byFlags(s);
            case LISTEN -> s.has(RST) ? TcpInput.RST : byFlags(s);
            case SYN_SENT -> classifyInSynSent(s);
            case SYN_RECEIVED -> classifyInSynReceived(s);
            default -> classifySynchronized(s);
        };
    }

    private static TcpInput byFlags(Segment s) {
        if (s.has(SYN)) {
            return s.has(ACK) ? TcpInput.SYN_ACK : TcpInput.SYN;
        }
        if (s.has(FIN)) {
            return TcpInput.FIN;
        }
        return s.length() > 0 ? TcpInput.DATA : TcpInput.ACK;
    }

    private TcpInput classifyInSynSent(Segment s) {
        // RFC 9293 §3.10.7.3: first the ACK (SND.UNA < SEG.ACK =< SND.NXT), then RST, then SYN
        boolean ackAcceptable = s.has(ACK) && s.ack() > sndUna && s.ack() <= sndNxt;
        if (s.has(RST)) {
            return ackAcceptable ? TcpInput.RST : TcpInput.BAD_RST;
        }
        if (s.has(ACK) && !ackAcceptable) {
            return TcpInput.BAD_ACK;
        }
        return byFlags(s);
    }

    private TcpInput classifyInSynReceived(Segment s) {
        if (s.has(RST)) {
            return classifyRst(s);
        }
        if (s.has(SYN) && !s.has(ACK)) {
            return TcpInput.SYN; // the peer repeats its SYN: our SYN+ACK was lost or is late
        }
        boolean ackAcceptable = s.has(ACK) && s.ack() > sndUna && s.ack() <= sndNxt;
        if (s.has(SYN) && ackAcceptable) {
            return TcpInput.SYN_ACK; // simultaneous open (RFC 9293 Figure 8)
        }
        if (isOld(s)) {
            return TcpInput.DUPLICATE;
        }
        if (!ackAcceptable) {
            return TcpInput.BAD_ACK;
        }
        if (s.seq() > rcvNxt) {
            return TcpInput.OUT_OF_ORDER;
        }
        return bringsFin(s) ? TcpInput.FIN : TcpInput.ACK_OF_SYN;
    }

    /**
     * RFC 9293 §3.10.7.4 first check and RFC 5961 §3.2: an RST exactly at RCV.NXT resets the
     * connection; one elsewhere in the window gets a challenge ACK; one outside it is dropped.
     */
    private TcpInput classifyRst(Segment s) {
        if (s.seq() == rcvNxt) {
            return TcpInput.RST;
        }
        return s.seq() > rcvNxt && s.seq() < rcvNxt + TcpLimits.RECEIVE_WINDOW ? TcpInput.RST_IN_WINDOW : TcpInput.BAD_RST;
    }

    /**
     * Whether receiving the segment (at RCV.NXT) brings the peer's FIN: it carries one, or it fills
     * the gap before held segments that reach a FIN without another gap.
     */
    private boolean bringsFin(Segment s) {
        if (s.has(FIN)) {
            return true;
        }
        long next = Math.max(rcvNxt, s.seq() + s.sequenceLength());
        for (Segment held : heldPastAGap.values()) {
            if (held.seq() > next) {
                return false;
            }
            next = Math.max(next, held.seq() + held.sequenceLength());
            if (held.has(FIN)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 9293 §3.10.7.4 first check: nothing in the segment lies at or beyond RCV.NXT. */
    private boolean isOld(Segment s) {
        long length = s.sequenceLength();
        return s.seq() < rcvNxt && (length == 0 || s.seq() + length <= rcvNxt);
    }

    private TcpInput classifySynchronized(Segment s) {
        if (s.has(RST)) {
            // RFC 5961 §3.2: only an RST at exactly RCV.NXT resets the connection
            return classifyRst(s);
        }
        if (state == TIME_WAIT && s.has(FIN)) {
            return TcpInput.FIN; // RFC 9293 §3.10.7.4: the only thing that can arrive is a retransmitted FIN
        }
        if (isOld(s)) {
            return TcpInput.DUPLICATE;
        }
        if (s.has(SYN)) {
            return TcpInput.SYN;
        }
        if (s.has(ACK) && s.ack() > sndNxt) {
            return TcpInput.BAD_ACK;
        }
        boolean acksOurFin = finSeq >= 0 && sndUna <= finSeq && s.has(ACK) && s.ack() > finSeq;
        if (s.seq() > rcvNxt) {
            // RFC 9293 §3.10.7.4: an in-window segment's ACK field is processed (fifth check) even
            // when its text must wait for the gap before it to fill
            return acksOurFin ? TcpInput.OUT_OF_ORDER_ACK_OF_FIN : TcpInput.OUT_OF_ORDER;
        }
        if (bringsFin(s)) {
            return acksOurFin ? TcpInput.FIN_ACK_OF_FIN : TcpInput.FIN;
        }
        if (s.length() > 0) {
            return acksOurFin ? TcpInput.DATA_ACK_OF_FIN : TcpInput.DATA;
        }
        return acksOurFin ? TcpInput.ACK_OF_FIN : TcpInput.ACK;
    }

    /**
     * Applies a rule of the table.
     *
     * @param arriving the segment that arrived, or null for calls and timers
     * @param bytes    data of a SEND call
     * @return the segment to send, or null
     */
    Draft apply(TcpRule rule, TcpInput input, Segment arriving, long bytes) {
        if (arriving != null && processesAcknowledgement(input)) {
            acknowledge(arriving.ack());
        }
        if (arriving != null) {
            receive(input, arriving, rule.effects().contains(TcpRule.Effect.HOLD_OUT_OF_ORDER));
        }
        if (input == TcpInput.CLOSE || input == TcpInput.CLOSE_WITH_UNREAD_DATA) {
            orphaned = true;
        }
        if (rule.effects().contains(TcpRule.Effect.QUEUE_DATA)) {
            queuedBytes += bytes;
        }
        if (rule.effects().contains(TcpRule.Effect.RESTART_TIME_WAIT)) {
            arm(TimerKind.TIME_WAIT, scenario.timeWaitMs());
        }
        TcpState next = rule.next(state);
        Draft draft = reply(rule.reply(), arriving, bytes, next);
        if (next != state) {
            enter(next);
        } else if (state == FIN_WAIT_2 && input == TcpInput.CLOSE) {
            armFinWait2IfOrphaned();
        }
        if (arriving != null && keepaliveEnabled && (state == ESTABLISHED || state == CLOSE_WAIT)) {
            probesOut = 0; // any segment from the peer shows it is alive
            arm(TimerKind.KEEPALIVE, scenario.keepaliveIdleMs());
        }
        if (draft != null && draft.probe()) {
            probesOut++;
            arm(TimerKind.KEEPALIVE, scenario.keepaliveIntervalMs());
        }
        return draft;
    }

    /** A keepalive timer that fires while data is in flight waits another idle period (Linux tcp_keepalive_timer). */
    void postponeKeepalive() {
        arm(TimerKind.KEEPALIVE, scenario.keepaliveIdleMs());
    }

    private boolean processesAcknowledgement(TcpInput input) {
        if (state == CLOSED || state == LISTEN || (state == SYN_SENT && input != TcpInput.SYN_ACK)) {
            return false;
        }
        return switch (input) {
            case SYN_ACK, ACK_OF_SYN, DATA, DATA_ACK_OF_FIN, ACK, ACK_OF_FIN, FIN, FIN_ACK_OF_FIN, OUT_OF_ORDER,
                 OUT_OF_ORDER_ACK_OF_FIN -> true;
            default -> false;
        };
    }

    /** RFC 9293 §3.10.7.4 fifth check, with RFC 6298 §5.2–5.3 for the timer. */
    private void acknowledge(long ack) {
        if (ack <= sndUna || ack > sndNxt) {
            return;
        }
        sndUna = ack;
        while (!unacknowledged.isEmpty() && unacknowledged.peekFirst().end() <= ack) {
            unacknowledged.removeFirst();
        }
        retries = 0;
        rto = scenario.rtoMs();
        if (unacknowledged.isEmpty()) {
            cancel(TimerKind.RETRANSMISSION);
        } else {
            arm(TimerKind.RETRANSMISSION, rto);
        }
    }

    private void receive(TcpInput input, Segment s, boolean holdPastAGap) {
        switch (input) {
            case SYN, SYN_ACK -> {
                if (state == LISTEN || state == SYN_SENT) {
                    rcvNxt = s.seq() + 1; // IRS + 1
                }
            }
            case ACK_OF_SYN, DATA, DATA_ACK_OF_FIN, FIN, FIN_ACK_OF_FIN -> {
                if (s.seq() == rcvNxt) {
                    take(s);
                    // the gap before held segments may have filled: receive them too, in order
                    while (!heldPastAGap.isEmpty() && heldPastAGap.firstKey() <= rcvNxt) {
                        take(heldPastAGap.pollFirstEntry().getValue());
                    }
                }
            }
            case OUT_OF_ORDER, OUT_OF_ORDER_ACK_OF_FIN -> {
                if (holdPastAGap && s.sequenceLength() > 0 && s.seq() < rcvNxt + TcpLimits.RECEIVE_WINDOW) {
                    heldPastAGap.putIfAbsent(s.seq(), s);
                }
            }
            default -> {
                // nothing new to receive
            }
        }
    }

    /** Receives whatever of a segment lies at or beyond RCV.NXT; the segment starts at or before it. */
    private void take(Segment s) {
        long dataEnd = s.seq() + s.length();
        if (dataEnd > rcvNxt) {
            bytesReceived += dataEnd - rcvNxt;
            rcvNxt = dataEnd;
        }
        if (s.has(FIN) && rcvNxt == dataEnd) {
            rcvNxt++;
        }
    }

    private Draft reply(Reply reply, Segment arriving, long bytes, TcpState next) {
        boolean flushQueue = queuedBytes > 0 && next == ESTABLISHED
                && (reply == Reply.NONE || reply == Reply.ACK || reply == Reply.ACK_NEW_DATA);
        if (flushQueue) {
            // RFC 9293 §3.10.2: data queued before the handshake goes out once established, carrying the ACK
            long queued = queuedBytes;
            queuedBytes = 0;
            return data(queued);
        }
        return switch (reply) {
            case NONE -> null;
            case SYN -> {
                sndUna = iss;
                sndNxt = iss + 1;
                int number = host.nextSegmentNumber();
                queue(new Outstanding(iss, iss + 1, true, false, 0, number));
                yield new Draft(number, EnumSet.of(SYN), iss, 0, 0, 0, false);
            }
            case SYN_ACK -> {
                int number = host.nextSegmentNumber();
                if (sndNxt == iss) {
                    sndUna = iss;
                    sndNxt = iss + 1;
                    queue(new Outstanding(iss, iss + 1, true, false, 0, number));
                }
                yield new Draft(number, EnumSet.of(SYN, ACK), iss, rcvNxt, 0, 0, false);
            }
            case ACK -> ack();
            case ACK_NEW_DATA -> arriving != null && arriving.length() > 0 ? ack() : null;
            case DATA -> data(bytes);
            case FIN -> {
                int number = host.nextSegmentNumber();
                finSeq = sndNxt;
                queue(new Outstanding(sndNxt, sndNxt + 1, false, true, 0, number));
                sndNxt++;
                yield new Draft(number, EnumSet.of(FIN, ACK), finSeq, rcvNxt, 0, 0, false);
            }
            // Linux's tcp_send_active_reset sets ACK on the RST it sends on its own; RFC 9293 §3.10.5 sends a bare one
            case RST -> scenario.profile().isLinux()
                    ? new Draft(host.nextSegmentNumber(), EnumSet.of(RST, ACK), sndNxt, rcvNxt, 0, 0, false)
                    : new Draft(host.nextSegmentNumber(), EnumSet.of(RST), sndNxt, 0, 0, 0, false);
            case RST_REPLY -> arriving.has(ACK)
                    ? new Draft(host.nextSegmentNumber(), EnumSet.of(RST), arriving.ack(), 0, 0, 0, false)
                    : new Draft(host.nextSegmentNumber(), EnumSet.of(RST, ACK), 0, arriving.seq() + arriving.sequenceLength(), 0, 0, false);
            case PROBE -> new Draft(host.nextSegmentNumber(), EnumSet.of(ACK), sndNxt - 1, rcvNxt, 0, 0, true);
            case RETRANSMIT -> retransmit();
        };
    }

    private Draft ack() {
        return new Draft(host.nextSegmentNumber(), EnumSet.of(ACK), sndNxt, rcvNxt, 0, 0, false);
    }

    private Draft data(long bytes) {
        int number = host.nextSegmentNumber();
        long seq = sndNxt;
        queue(new Outstanding(seq, seq + bytes, false, false, (int) bytes, number));
        sndNxt += bytes;
        return new Draft(number, EnumSet.of(ACK), seq, rcvNxt, (int) bytes, 0, false);
    }

    /**
     * RFC 6298 §5.4–5.6: resend the earliest unacknowledged segment and back the timer off; since
     * Linux 6.5 the first {@code tcp_syn_linear_timeouts} retransmissions of a SYN keep the RTO as
     * it is, and the backoff starts after the one that follows them (1, 1, 1, 1, 1, 2, 4 … s).
     */
    private Draft retransmit() {
        Outstanding first = unacknowledged.peekFirst();
        retries++;
        boolean linear = state == SYN_SENT && retries <= scenario.profile().synLinearTimeouts();
        if (!linear) {
            rto = Math.min(rto * 2, TcpLimits.RTO_CAP_MS);
        }
        arm(TimerKind.RETRANSMISSION, rto);
        Set<SegmentFlag> flags;
        if (first.syn()) {
            flags = state == SYN_SENT ? EnumSet.of(SYN) : EnumSet.of(SYN, ACK);
        } else if (first.fin()) {
            flags = EnumSet.of(FIN, ACK);
        } else {
            flags = EnumSet.of(ACK);
        }
        return new Draft(host.nextSegmentNumber(), flags, first.start(), flags.contains(ACK) ? rcvNxt : 0,
                first.length(), first.firstNumber(), false);
    }

    private void queue(Outstanding segment) {
        boolean wasEmpty = unacknowledged.isEmpty();
        unacknowledged.addLast(segment);
        if (wasEmpty) {
            arm(TimerKind.RETRANSMISSION, rto); // RFC 6298 §5.1
        }
    }

    private void enter(TcpState next) {
        TcpState previous = state;
        state = next;
        if (previous == CLOSED && next == SYN_SENT || previous == LISTEN && next == SYN_SENT) {
            passiveOpen = false;
        }
        if (next == LISTEN) {
            passiveOpen = true;
        }
        if (next != ESTABLISHED && next != CLOSE_WAIT) {
            cancel(TimerKind.KEEPALIVE);
        }
        switch (next) {
            case CLOSED, LISTEN -> forgetConnection();
            case ESTABLISHED -> {
                if (keepaliveEnabled) {
                    probesOut = 0;
                    arm(TimerKind.KEEPALIVE, scenario.keepaliveIdleMs());
                }
            }
            case FIN_WAIT_2 -> armFinWait2IfOrphaned();
            case TIME_WAIT -> {
                cancel(TimerKind.RETRANSMISSION);
                cancel(TimerKind.FIN_WAIT_2);
                unacknowledged.clear();
                arm(TimerKind.TIME_WAIT, scenario.timeWaitMs());
            }
            default -> {
                // no timer starts on entering this state
            }
        }
    }

    /** Linux: only an orphan's FIN_WAIT_2 is bounded, by tcp_fin_timeout; a half-closed socket waits. */
    private void armFinWait2IfOrphaned() {
        if (orphaned && scenario.profile().isLinux()) {
            arm(TimerKind.FIN_WAIT_2, scenario.finTimeoutMs());
        }
    }

    /** Deleting the TCB (or, for LISTEN, returning a passive TCB to its unconnected start). */
    private void forgetConnection() {
        for (TimerKind kind : TimerKind.values()) {
            cancel(kind);
        }
        unacknowledged.clear();
        heldPastAGap.clear();
        sndUna = iss;
        sndNxt = iss;
        rcvNxt = 0;
        finSeq = -1;
        queuedBytes = 0;
        retries = 0;
        rto = scenario.rtoMs();
    }

    private void arm(TimerKind kind, long delay) {
        long generation = ++timerGenerations[kind.ordinal()];
        host.schedule(side, kind, generation, host.now() + delay);
    }

    private void cancel(TimerKind kind) {
        timerGenerations[kind.ordinal()]++;
    }
}
