package dev.interviewlab.simulation.tcp.engine;

/**
 * The control bits this simulation uses (RFC 9293 §3.1); PSH, URG and ECN bits are left out.
 * Declared in the order captures print them: SYN+ACK, FIN+ACK, RST+ACK.
 */
public enum SegmentFlag {
    SYN, FIN, RST, ACK
}
