package dev.interviewlab.simulation.tcp.engine;

/** The segment a rule sends, if any. */
public enum Reply {
    NONE,
    SYN,
    /** SYN+ACK with SEQ = ISS (RFC 9293 §3.10.7.2, and Figure 8 for a simultaneous open). */
    SYN_ACK,
    /** {@code <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>} */
    ACK,
    /** ACK only if the arriving segment carried data (or queued data goes out now). */
    ACK_NEW_DATA,
    DATA,
    FIN,
    /** The endpoint's own reset: {@code <SEQ=SND.NXT><CTL=RST>} (RFC 9293 §3.10.5). */
    RST,
    /** A reset answering a segment that has no connection (RFC 9293 §3.10.7.1). */
    RST_REPLY,
    /** A keepalive probe: {@code <SEQ=SND.NXT-1><ACK=RCV.NXT><CTL=ACK>}, no data. */
    PROBE,
    /** The earliest unacknowledged segment again (RFC 6298 §5.4). */
    RETRANSMIT
}
