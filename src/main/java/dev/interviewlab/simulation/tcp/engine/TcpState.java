package dev.interviewlab.simulation.tcp.engine;

import java.util.EnumSet;
import java.util.Set;

/** The eleven connection states of RFC 9293 §3.3.2, spelled with underscores. */
public enum TcpState {
    CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT;

    /** RFC 9293 §3.10.7.4: the states after the handshake, where both sequence spaces are known. */
    public static final Set<TcpState> SYNCHRONIZED = Set.copyOf(EnumSet.range(ESTABLISHED, TIME_WAIT));

    public boolean isSynchronized() {
        return SYNCHRONIZED.contains(this);
    }
}
