package dev.interviewlab.simulation.tcp.engine;

/**
 * Whose timers the endpoints follow.
 * RFC: TIME_WAIT lasts 2×MSL with a configurable MSL; FIN_WAIT_2 has no timeout.
 * LINUX: TIME_WAIT is fixed at 60 s ({@code TCP_TIMEWAIT_LEN}, no sysctl); an orphaned FIN_WAIT_2
 * socket (its application called close()) is dropped after {@code net.ipv4.tcp_fin_timeout}, and
 * data arriving for an orphan is answered with RST.
 */
public enum TimerProfile implements SettingChoice {
    RFC, LINUX;

    /** {@code TCP_TIMEWAIT_LEN} in include/net/tcp.h */
    public static final long LINUX_TIME_WAIT_MS = 60_000;

    public long timeWaitMs(long mslMs) {
        return this == LINUX ? LINUX_TIME_WAIT_MS : 2 * mslMs;
    }
}
