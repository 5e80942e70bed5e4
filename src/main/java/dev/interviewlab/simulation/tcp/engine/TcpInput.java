package dev.interviewlab.simulation.tcp.engine;

/**
 * What can happen to an endpoint: the "event" column of the transition table. Arriving segments
 * are classified into one of the segment inputs by {@link TcpEndpoint#classify(Segment)},
 * following the order of checks in RFC 9293 §3.10.7.
 */
public enum TcpInput {
    // application calls, RFC 9293 §3.10.1–§3.10.5 (SHUTDOWN is the sockets API's half-close)
    PASSIVE_OPEN(Kind.CALL),
    ACTIVE_OPEN(Kind.CALL),
    SEND(Kind.CALL),
    SHUTDOWN(Kind.CALL),
    CLOSE(Kind.CALL),
    ABORT(Kind.CALL),
    /** close() while received data is still unread (RFC 2525 §2.17; Linux tcp_close). */
    CLOSE_WITH_UNREAD_DATA(Kind.CALL),
    /** The host loses power or its network: the TCB vanishes without a segment (RFC 9293 §3.5.1). */
    HOST_DOWN(Kind.HOST),

    // arriving segments
    SYN(Kind.SEGMENT),
    /** SYN+ACK that acknowledges our SYN. */
    SYN_ACK(Kind.SEGMENT),
    /** In SYN_RECEIVED: an ACK of our SYN (with or without data). */
    ACK_OF_SYN(Kind.SEGMENT),
    /** New data in sequence. */
    DATA(Kind.SEGMENT),
    /** New data in sequence whose ACK also covers our FIN. */
    DATA_ACK_OF_FIN(Kind.SEGMENT),
    /** An ACK with nothing new for us to receive (it may acknowledge our data). */
    ACK(Kind.SEGMENT),
    /** An ACK that covers our FIN. */
    ACK_OF_FIN(Kind.SEGMENT),
    FIN(Kind.SEGMENT),
    /** A FIN whose ACK also covers our FIN (RFC 9293 §3.3.2, Note 2). */
    FIN_ACK_OF_FIN(Kind.SEGMENT),
    /** Sequence numbers already received: a retransmission or a keepalive probe. */
    DUPLICATE(Kind.SEGMENT),
    /** Starts beyond RCV.NXT: something before it is missing. */
    OUT_OF_ORDER(Kind.SEGMENT),
    /** Starts beyond RCV.NXT, and its ACK covers our FIN: the ACK counts even though the data must wait. */
    OUT_OF_ORDER_ACK_OF_FIN(Kind.SEGMENT),
    /** An acceptable RST. */
    RST(Kind.SEGMENT),
    /** An RST in the receive window but not exactly at RCV.NXT: answered with a challenge ACK (RFC 5961 §3.2). */
    RST_IN_WINDOW(Kind.SEGMENT),
    /** An RST whose sequence (or, in SYN_SENT, acknowledgement) number is not acceptable. */
    BAD_RST(Kind.SEGMENT),
    /** An ACK of something never sent. */
    BAD_ACK(Kind.SEGMENT),

    // timers
    RETRANSMISSION_TIMEOUT(Kind.TIMER),
    RETRIES_EXHAUSTED(Kind.TIMER),
    TIME_WAIT_TIMEOUT(Kind.TIMER),
    FIN_WAIT_2_TIMEOUT(Kind.TIMER),
    KEEPALIVE_TIMEOUT(Kind.TIMER),
    KEEPALIVE_EXHAUSTED(Kind.TIMER);

    public enum Kind { CALL, HOST, SEGMENT, TIMER }

    private final Kind kind;

    TcpInput(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
