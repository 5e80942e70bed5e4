package dev.interviewlab.simulation.tcp.engine;

/**
 * Whose timers the endpoints follow.
 * RFC: TIME_WAIT lasts 2×MSL with a configurable MSL; FIN_WAIT_2 has no timeout; the RTO doubles
 * after every retransmission (RFC 6298 §5.5); an abort's RST carries no ACK (RFC 9293 §3.10.5).
 * LINUX (kernels up to 6.4) and LINUX_LINEAR (6.5 and later): TIME_WAIT is fixed at 60 s
 * ({@code TCP_TIMEWAIT_LEN}, no sysctl); an orphaned FIN_WAIT_2 socket (its application called
 * close()) is dropped after {@code net.ipv4.tcp_fin_timeout}; data arriving for an orphan is
 * answered with RST; and every RST Linux sends on its own (an abort, unread data) carries an ACK
 * ({@code tcp_send_active_reset}). Since 6.5 ({@code tcp_syn_linear_timeouts}, default 4) the
 * first retransmissions of a SYN keep the initial RTO before the backoff starts, and a SYN gets
 * that many retransmissions more than {@code tcp_syn_retries}.
 */
public enum TimerProfile implements SettingChoice {
    RFC, LINUX, LINUX_LINEAR;

    /** {@code TCP_TIMEWAIT_LEN} in include/net/tcp.h */
    public static final long LINUX_TIME_WAIT_MS = 60_000;
    /** The default of {@code net.ipv4.tcp_syn_linear_timeouts}, added in Linux 6.5. */
    public static final long LINUX_SYN_LINEAR_TIMEOUTS = 4;

    public long timeWaitMs(long mslMs) {
        return isLinux() ? LINUX_TIME_WAIT_MS : 2 * mslMs;
    }

    public boolean isLinux() {
        return this != RFC;
    }

    /**
     * How many retransmissions of a SYN (in SYN_SENT) keep the initial RTO, and how many it gets on
     * top of the SYN retry count: Linux's {@code tcp_syn_linear_timeouts}, 0 where there is none.
     */
    public long synLinearTimeouts() {
        return this == LINUX_LINEAR ? LINUX_SYN_LINEAR_TIMEOUTS : 0;
    }
}
