package dev.interviewlab.simulation.tcp.engine;

/** The timers an endpoint runs (RFC 9293 §3.8, plus Linux's FIN_WAIT_2 timer). */
enum TimerKind {
    RETRANSMISSION, TIME_WAIT, FIN_WAIT_2, KEEPALIVE
}
