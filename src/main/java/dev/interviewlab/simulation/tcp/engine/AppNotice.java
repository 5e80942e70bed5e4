package dev.interviewlab.simulation.tcp.engine;

/** What the application learns from a transition (the return of a call, or of its next read). */
public enum AppNotice {
    NONE,
    /** read() returns 0: the peer sent FIN. */
    END_OF_STREAM,
    /** ECONNREFUSED */
    CONNECTION_REFUSED,
    /** ECONNRESET */
    CONNECTION_RESET,
    /** ETIMEDOUT: retransmissions or keepalive probes went unanswered. */
    TIMED_OUT,
    /** RFC 9293 "error: connection closing" */
    CONNECTION_CLOSING,
    /** RFC 9293 "error: connection does not exist" */
    NO_CONNECTION,
    /** RFC 9293 "error: connection already exists" */
    ALREADY_EXISTS
}
