package dev.interviewlab.simulation.tcp.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static dev.interviewlab.simulation.tcp.engine.TcpState.*;

/**
 * The transition table: for states × inputs (under a guard), what the endpoint sends, which state
 * it enters and what its application is told. {@link TransitionTable} looks rules up; the engine
 * applies them; tests walk every row. Each rule's explanation lives in the {@code i18n/tcp}
 * bundles under {@code tcp.rule.<NAME>}.
 */
public enum TcpRule {

    // --- application calls ---------------------------------------------------------------
    OPEN_PASSIVE(of(CLOSED), on(TcpInput.PASSIVE_OPEN), Guard.ALWAYS, Reply.NONE, LISTEN, AppNotice.NONE,
            "RFC 9293 §3.10.1"),
    OPEN_ACTIVE(of(CLOSED), on(TcpInput.ACTIVE_OPEN), Guard.ALWAYS, Reply.SYN, SYN_SENT, AppNotice.NONE,
            "RFC 9293 §3.10.1"),
    OPEN_ACTIVE_FROM_LISTEN(of(LISTEN), on(TcpInput.ACTIVE_OPEN), Guard.ALWAYS, Reply.SYN, SYN_SENT, AppNotice.NONE,
            "RFC 9293 §3.10.1"),
    OPEN_ACTIVE_EXISTING(allBut(CLOSED, LISTEN), on(TcpInput.ACTIVE_OPEN), Guard.ALWAYS, Reply.NONE, null,
            AppNotice.ALREADY_EXISTS, "RFC 9293 §3.10.1"),
    OPEN_PASSIVE_EXISTING(allBut(CLOSED), on(TcpInput.PASSIVE_OPEN), Guard.ALWAYS, Reply.NONE, null,
            AppNotice.ALREADY_EXISTS, "RFC 9293 §3.10.1"),
    SEND_DATA(of(ESTABLISHED, CLOSE_WAIT), on(TcpInput.SEND), Guard.ALWAYS, Reply.DATA, null, AppNotice.NONE,
            "RFC 9293 §3.10.2"),
    SEND_FROM_LISTEN(of(LISTEN), on(TcpInput.SEND), Guard.ALWAYS, Reply.SYN, SYN_SENT, AppNotice.NONE,
            "RFC 9293 §3.10.2", Effect.QUEUE_DATA),
    SEND_BEFORE_ESTABLISHED(of(SYN_SENT, SYN_RECEIVED), on(TcpInput.SEND), Guard.ALWAYS, Reply.NONE, null,
            AppNotice.NONE, "RFC 9293 §3.10.2", Effect.QUEUE_DATA),
    SEND_WHILE_CLOSING(of(FIN_WAIT_1, FIN_WAIT_2, CLOSING, LAST_ACK, TIME_WAIT), on(TcpInput.SEND), Guard.ALWAYS,
            Reply.NONE, null, AppNotice.CONNECTION_CLOSING, "RFC 9293 §3.10.2"),
    SEND_WITHOUT_CONNECTION(of(CLOSED), on(TcpInput.SEND), Guard.ALWAYS, Reply.NONE, null, AppNotice.NO_CONNECTION,
            "RFC 9293 §3.10.2"),
    CLOSE_BEFORE_SYNCHRONIZED(of(LISTEN, SYN_SENT), on(TcpInput.CLOSE, TcpInput.SHUTDOWN, TcpInput.CLOSE_WITH_UNREAD_DATA),
            Guard.ALWAYS, Reply.NONE,
            CLOSED, AppNotice.NONE, "RFC 9293 §3.10.4"),
    CLOSE_SENDS_FIN(of(SYN_RECEIVED, ESTABLISHED), on(TcpInput.CLOSE, TcpInput.SHUTDOWN), Guard.ALWAYS, Reply.FIN,
            FIN_WAIT_1, AppNotice.NONE, "RFC 9293 §3.10.4"),
    CLOSE_AFTER_PEER(of(CLOSE_WAIT), on(TcpInput.CLOSE, TcpInput.SHUTDOWN), Guard.ALWAYS, Reply.FIN, LAST_ACK,
            AppNotice.NONE, "RFC 9293 §3.10.4"),
    CLOSE_AFTER_SHUTDOWN(of(FIN_WAIT_1, FIN_WAIT_2), on(TcpInput.CLOSE), Guard.ALWAYS, Reply.NONE, null,
            AppNotice.NONE, "RFC 9293 §3.10.4"),
    CLOSE_WHILE_CLOSING(of(CLOSING, LAST_ACK, TIME_WAIT), on(TcpInput.CLOSE, TcpInput.SHUTDOWN,
            TcpInput.CLOSE_WITH_UNREAD_DATA), Guard.ALWAYS,
            Reply.NONE, null, AppNotice.CONNECTION_CLOSING, "RFC 9293 §3.10.4"),
    SHUTDOWN_AGAIN(of(FIN_WAIT_1, FIN_WAIT_2), on(TcpInput.SHUTDOWN), Guard.ALWAYS, Reply.NONE, null,
            AppNotice.CONNECTION_CLOSING, "RFC 9293 §3.10.4"),
    CLOSE_WITHOUT_CONNECTION(of(CLOSED), on(TcpInput.CLOSE, TcpInput.SHUTDOWN, TcpInput.CLOSE_WITH_UNREAD_DATA),
            Guard.ALWAYS, Reply.NONE, null,
            AppNotice.NO_CONNECTION, "RFC 9293 §3.10.4"),
    CLOSE_DISCARDS_UNREAD_DATA(of(SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT),
            on(TcpInput.CLOSE_WITH_UNREAD_DATA), Guard.ALWAYS, Reply.RST, CLOSED, AppNotice.NONE,
            "RFC 2525 §2.17, Linux tcp_close"),
    ABORT_SENDS_RST(of(SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT), on(TcpInput.ABORT),
            Guard.ALWAYS, Reply.RST, CLOSED, AppNotice.NONE, "RFC 9293 §3.10.5"),
    ABORT_QUIETLY(of(LISTEN, SYN_SENT, CLOSING, LAST_ACK, TIME_WAIT), on(TcpInput.ABORT), Guard.ALWAYS, Reply.NONE,
            CLOSED, AppNotice.NONE, "RFC 9293 §3.10.5"),
    ABORT_WITHOUT_CONNECTION(of(CLOSED), on(TcpInput.ABORT), Guard.ALWAYS, Reply.NONE, null, AppNotice.NO_CONNECTION,
            "RFC 9293 §3.10.5"),
    HOST_FAILS(allBut(), on(TcpInput.HOST_DOWN), Guard.ALWAYS, Reply.NONE, CLOSED, AppNotice.NONE,
            "RFC 9293 §3.5.1"),

    // --- segments without a connection -----------------------------------------------------
    CLOSED_ANSWERS_RST(of(CLOSED), on(TcpInput.SYN, TcpInput.SYN_ACK, TcpInput.ACK, TcpInput.DATA, TcpInput.FIN),
            Guard.ALWAYS, Reply.RST_REPLY, null, AppNotice.NONE, "RFC 9293 §3.10.7.1"),
    CLOSED_IGNORES_RST(of(CLOSED), on(TcpInput.RST), Guard.ALWAYS, Reply.NONE, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.1"),
    LISTEN_IGNORES_RST(of(LISTEN), on(TcpInput.RST), Guard.ALWAYS, Reply.NONE, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.2"),
    LISTEN_ANSWERS_ACK_WITH_RST(of(LISTEN), on(TcpInput.SYN_ACK, TcpInput.ACK, TcpInput.DATA, TcpInput.FIN),
            Guard.ALWAYS, Reply.RST_REPLY, null, AppNotice.NONE, "RFC 9293 §3.10.7.2"),
    LISTEN_RECEIVES_SYN(of(LISTEN), on(TcpInput.SYN), Guard.ALWAYS, Reply.SYN_ACK, SYN_RECEIVED, AppNotice.NONE,
            "RFC 9293 §3.10.7.2"),

    // --- opening ---------------------------------------------------------------------------
    SYN_SENT_RECEIVES_SYN_ACK(of(SYN_SENT), on(TcpInput.SYN_ACK), Guard.ALWAYS, Reply.ACK, ESTABLISHED,
            AppNotice.NONE, "RFC 9293 §3.10.7.3"),
    SIMULTANEOUS_OPEN(of(SYN_SENT), on(TcpInput.SYN), Guard.ALWAYS, Reply.SYN_ACK, SYN_RECEIVED, AppNotice.NONE,
            "RFC 9293 §3.10.7.3, Figure 8"),
    CONNECTION_REFUSED(of(SYN_SENT), on(TcpInput.RST), Guard.ALWAYS, Reply.NONE, CLOSED,
            AppNotice.CONNECTION_REFUSED, "RFC 9293 §3.10.7.3"),
    SYN_SENT_RESETS_BAD_ACK(of(SYN_SENT), on(TcpInput.BAD_ACK), Guard.ALWAYS, Reply.RST_REPLY, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.3"),
    SYN_SENT_DROPS_NON_SYN(of(SYN_SENT), on(TcpInput.ACK, TcpInput.DATA, TcpInput.FIN), Guard.ALWAYS, Reply.NONE,
            null, AppNotice.NONE, "RFC 9293 §3.10.7.3"),
    HANDSHAKE_COMPLETES(of(SYN_RECEIVED), on(TcpInput.ACK_OF_SYN), Guard.ALWAYS, Reply.ACK_NEW_DATA, ESTABLISHED,
            AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    SIMULTANEOUS_OPEN_COMPLETES(of(SYN_RECEIVED), on(TcpInput.SYN_ACK), Guard.ALWAYS, Reply.NONE, ESTABLISHED,
            AppNotice.NONE, "RFC 9293 §3.5, Figure 8"),
    SYN_RECEIVED_RECEIVES_FIN(of(SYN_RECEIVED), on(TcpInput.FIN), Guard.ALWAYS, Reply.ACK, CLOSE_WAIT,
            AppNotice.END_OF_STREAM, "RFC 9293 §3.10.7.4"),
    SYN_RECEIVED_REPEATS_SYN_ACK(of(SYN_RECEIVED), on(TcpInput.SYN), Guard.ALWAYS, Reply.SYN_ACK, null,
            AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    RESET_RETURNS_TO_LISTEN(of(SYN_RECEIVED), on(TcpInput.RST), Guard.PASSIVE_OPEN, Reply.NONE, LISTEN,
            AppNotice.NONE, "RFC 9293 §3.3.2 Note 1, §3.10.7.4"),
    RESET_REFUSES_ACTIVE_OPEN(of(SYN_RECEIVED), on(TcpInput.RST), Guard.ACTIVE_OPEN, Reply.NONE, CLOSED,
            AppNotice.CONNECTION_REFUSED, "RFC 9293 §3.3.2 Note 1, §3.10.7.4"),
    HANDSHAKE_COMPLETES_OUT_OF_ORDER(of(SYN_RECEIVED), on(TcpInput.OUT_OF_ORDER), Guard.ALWAYS, Reply.ACK, ESTABLISHED,
            AppNotice.NONE, "RFC 9293 §3.10.7.4", Effect.HOLD_OUT_OF_ORDER),
    SYN_RECEIVED_ACKS_DUPLICATE(of(SYN_RECEIVED), on(TcpInput.DUPLICATE), Guard.ALWAYS, Reply.ACK, null,
            AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    SYN_RECEIVED_RESETS_BAD_ACK(of(SYN_RECEIVED), on(TcpInput.BAD_ACK), Guard.ALWAYS, Reply.RST_REPLY, null,
            AppNotice.NONE, "RFC 9293 §3.10.7.4"),

    // --- synchronized states -----------------------------------------------------------------
    RESET(of(ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT), on(TcpInput.RST), Guard.ALWAYS, Reply.NONE, CLOSED,
            AppNotice.CONNECTION_RESET, "RFC 9293 §3.10.7.4"),
    RESET_WHILE_CLOSING(of(CLOSING, LAST_ACK, TIME_WAIT), on(TcpInput.RST), Guard.ALWAYS, Reply.NONE, CLOSED,
            AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    IGNORE_BAD_RST(allBut(CLOSED, LISTEN), on(TcpInput.BAD_RST), Guard.ALWAYS, Reply.NONE, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.4, RFC 5961 §3.2"),
    CHALLENGE_RST(allBut(CLOSED, LISTEN, SYN_SENT), on(TcpInput.RST_IN_WINDOW), Guard.ALWAYS, Reply.ACK, null,
            AppNotice.NONE, "RFC 9293 §3.10.7.4, RFC 5961 §3.2"),
    ACK_DUPLICATE(TcpState.SYNCHRONIZED, on(TcpInput.DUPLICATE), Guard.ALWAYS, Reply.ACK, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.4"),
    ACK_OUT_OF_ORDER(TcpState.SYNCHRONIZED, on(TcpInput.OUT_OF_ORDER), Guard.ALWAYS, Reply.ACK, null,
            AppNotice.NONE, "RFC 9293 §3.10.7.4, RFC 5681 §4.2", Effect.HOLD_OUT_OF_ORDER),
    FIN_ACKNOWLEDGED_PAST_A_GAP(of(FIN_WAIT_1), on(TcpInput.OUT_OF_ORDER_ACK_OF_FIN), Guard.ALWAYS, Reply.ACK,
            FIN_WAIT_2, AppNotice.NONE, "RFC 9293 §3.10.7.4", Effect.HOLD_OUT_OF_ORDER),
    CLOSING_FIN_ACKNOWLEDGED_PAST_A_GAP(of(CLOSING), on(TcpInput.OUT_OF_ORDER_ACK_OF_FIN), Guard.ALWAYS, Reply.ACK,
            TIME_WAIT, AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    LAST_ACK_RECEIVED_PAST_A_GAP(of(LAST_ACK), on(TcpInput.OUT_OF_ORDER_ACK_OF_FIN), Guard.ALWAYS, Reply.NONE,
            CLOSED, AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    CHALLENGE_ACK(TcpState.SYNCHRONIZED, on(TcpInput.SYN), Guard.ALWAYS, Reply.ACK, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.4, RFC 5961 §4.2"),
    ACK_OF_UNSENT(TcpState.SYNCHRONIZED, on(TcpInput.BAD_ACK), Guard.ALWAYS, Reply.ACK, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.4"),
    RECEIVE_DATA(of(ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2), on(TcpInput.DATA), Guard.NOT_ORPHANED_ON_LINUX, Reply.ACK,
            null, AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    RECEIVE_DATA_AND_ACK_OF_FIN(of(FIN_WAIT_1), on(TcpInput.DATA_ACK_OF_FIN), Guard.NOT_ORPHANED_ON_LINUX, Reply.ACK,
            FIN_WAIT_2, AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    DATA_AFTER_CLOSE(of(FIN_WAIT_1, FIN_WAIT_2), on(TcpInput.DATA), Guard.ORPHANED_ON_LINUX, Reply.RST, CLOSED,
            AppNotice.NONE, "Linux tcp_rcv_state_process (TCPAbortOnData)"),
    DATA_AND_ACK_OF_FIN_AFTER_CLOSE(of(FIN_WAIT_1), on(TcpInput.DATA_ACK_OF_FIN), Guard.ORPHANED_ON_LINUX, Reply.RST,
            CLOSED, AppNotice.NONE, "Linux tcp_rcv_state_process (TCPAbortOnData)"),
    ACCEPT_ACK(TcpState.SYNCHRONIZED, on(TcpInput.ACK), Guard.ALWAYS, Reply.NONE, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.4"),
    FIN_ACKNOWLEDGED(of(FIN_WAIT_1), on(TcpInput.ACK_OF_FIN), Guard.ALWAYS, Reply.NONE, FIN_WAIT_2, AppNotice.NONE,
            "RFC 9293 §3.10.7.4"),
    CLOSING_FIN_ACKNOWLEDGED(of(CLOSING), on(TcpInput.ACK_OF_FIN), Guard.ALWAYS, Reply.NONE, TIME_WAIT,
            AppNotice.NONE, "RFC 9293 §3.10.7.4"),
    LAST_ACK_RECEIVED(of(LAST_ACK), on(TcpInput.ACK_OF_FIN), Guard.ALWAYS, Reply.NONE, CLOSED, AppNotice.NONE,
            "RFC 9293 §3.10.7.4"),
    PEER_CLOSES(of(ESTABLISHED), on(TcpInput.FIN), Guard.ALWAYS, Reply.ACK, CLOSE_WAIT, AppNotice.END_OF_STREAM,
            "RFC 9293 §3.10.7.4"),
    SIMULTANEOUS_CLOSE(of(FIN_WAIT_1), on(TcpInput.FIN), Guard.ALWAYS, Reply.ACK, CLOSING, AppNotice.END_OF_STREAM,
            "RFC 9293 §3.10.7.4, Figure 13"),
    FIN_WITH_ACK_OF_FIN(of(FIN_WAIT_1), on(TcpInput.FIN_ACK_OF_FIN), Guard.ALWAYS, Reply.ACK, TIME_WAIT,
            AppNotice.END_OF_STREAM, "RFC 9293 §3.3.2 Note 2, §3.10.7.4"),
    FIN_IN_FIN_WAIT_2(of(FIN_WAIT_2), on(TcpInput.FIN), Guard.ALWAYS, Reply.ACK, TIME_WAIT, AppNotice.END_OF_STREAM,
            "RFC 9293 §3.10.7.4"),
    FIN_IN_TIME_WAIT(of(TIME_WAIT), on(TcpInput.FIN), Guard.ALWAYS, Reply.ACK, null, AppNotice.NONE,
            "RFC 9293 §3.10.7.4", Effect.RESTART_TIME_WAIT),

    // --- timers ------------------------------------------------------------------------------
    RETRANSMIT(of(SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, CLOSE_WAIT, CLOSING, LAST_ACK),
            on(TcpInput.RETRANSMISSION_TIMEOUT), Guard.ALWAYS, Reply.RETRANSMIT, null, AppNotice.NONE,
            "RFC 6298 §5.4–5.6, RFC 9293 §3.8.1"),
    GIVE_UP(of(SYN_SENT, ESTABLISHED, FIN_WAIT_1, CLOSE_WAIT, CLOSING, LAST_ACK), on(TcpInput.RETRIES_EXHAUSTED),
            Guard.ALWAYS, Reply.NONE, CLOSED, AppNotice.TIMED_OUT, "RFC 9293 §3.8.3"),
    GIVE_UP_PASSIVE_HANDSHAKE(of(SYN_RECEIVED), on(TcpInput.RETRIES_EXHAUSTED), Guard.PASSIVE_OPEN, Reply.NONE, LISTEN,
            AppNotice.NONE, "RFC 9293 §3.8.3"),
    GIVE_UP_ACTIVE_HANDSHAKE(of(SYN_RECEIVED), on(TcpInput.RETRIES_EXHAUSTED), Guard.ACTIVE_OPEN, Reply.NONE, CLOSED,
            AppNotice.TIMED_OUT, "RFC 9293 §3.8.3"),
    TIME_WAIT_ENDS(of(TIME_WAIT), on(TcpInput.TIME_WAIT_TIMEOUT), Guard.ALWAYS, Reply.NONE, CLOSED, AppNotice.NONE,
            "RFC 9293 §3.10.8"),
    FIN_WAIT_2_ENDS(of(FIN_WAIT_2), on(TcpInput.FIN_WAIT_2_TIMEOUT), Guard.ALWAYS, Reply.NONE, CLOSED, AppNotice.NONE,
            "Linux net.ipv4.tcp_fin_timeout"),
    KEEPALIVE_PROBE(of(ESTABLISHED, CLOSE_WAIT), on(TcpInput.KEEPALIVE_TIMEOUT), Guard.ALWAYS, Reply.PROBE, null,
            AppNotice.NONE, "RFC 9293 §3.8.4, RFC 1122 §4.2.3.6"),
    KEEPALIVE_GIVES_UP(of(ESTABLISHED, CLOSE_WAIT), on(TcpInput.KEEPALIVE_EXHAUSTED), Guard.ALWAYS, Reply.NONE, CLOSED,
            AppNotice.TIMED_OUT, "RFC 9293 §3.8.4, Linux tcp_keepalive_probes");

    /** Side effects beyond the reply and the state change. */
    public enum Effect {
        /** Keep the data until the connection is established (RFC 9293 §3.10.2). */
        QUEUE_DATA,
        /** Start the 2×MSL wait again (RFC 9293 §3.10.7.4, TIME-WAIT). */
        RESTART_TIME_WAIT,
        /**
         * Keep the segment's data and FIN, which start beyond RCV.NXT, until the gap before them
         * fills; then they are received with the segment that fills it (RFC 9293 §3.10.7.4: "held
         * for later processing").
         */
        HOLD_OUT_OF_ORDER
    }

    private final Set<TcpState> from;
    private final Set<TcpInput> inputs;
    private final Guard guard;
    private final Reply reply;
    private final TcpState to;
    private final AppNotice notice;
    private final String citation;
    private final Set<Effect> effects;

    TcpRule(Set<TcpState> from, Set<TcpInput> inputs, Guard guard, Reply reply, TcpState to, AppNotice notice,
            String citation, Effect... effects) {
        this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
        this.inputs = Collections.unmodifiableSet(EnumSet.copyOf(inputs));
        this.guard = guard;
        this.reply = reply;
        this.to = to;
        this.notice = notice;
        this.citation = citation;
        this.effects = effects.length == 0 ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(effects)));
    }

    public Set<TcpState> from() {
        return from;
    }

    public Set<TcpInput> inputs() {
        return inputs;
    }

    public Guard guard() {
        return guard;
    }

    public Reply reply() {
        return reply;
    }

    /** The state entered, or {@code from} itself when the rule keeps the state. */
    public TcpState next(TcpState from) {
        return to == null ? from : to;
    }

    public boolean keepsState() {
        return to == null;
    }

    public AppNotice notice() {
        return notice;
    }

    public String citation() {
        return citation;
    }

    public Set<Effect> effects() {
        return effects;
    }

    public boolean applies(TcpState state, TcpInput input) {
        return from.contains(state) && inputs.contains(input);
    }

    private static Set<TcpState> of(TcpState... states) {
        return EnumSet.copyOf(Arrays.asList(states));
    }

    private static Set<TcpState> allBut(TcpState... states) {
        EnumSet<TcpState> all = EnumSet.allOf(TcpState.class);
        all.removeAll(Arrays.asList(states));
        return all;
    }

    private static Set<TcpInput> on(TcpInput... inputs) {
        return EnumSet.copyOf(Arrays.asList(inputs));
    }
}
