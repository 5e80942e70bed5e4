package dev.interviewlab.simulation.tcp.engine;

/** How the connection is opened at time 0. */
public enum Opening implements SettingChoice {
    /** The server listens, the client connects. */
    NORMAL,
    /** Both endpoints connect to each other at once (RFC 9293 Figure 8). */
    SIMULTANEOUS,
    /** Nothing listens on the server's port: the client's SYN is answered with RST. */
    REFUSED
}
