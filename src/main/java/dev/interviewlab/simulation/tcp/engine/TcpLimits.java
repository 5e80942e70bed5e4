package dev.interviewlab.simulation.tcp.engine;

/**
 * The documented bounds of a run. Settings outside them are rejected; the engine also stops after
 * {@link #MAX_EVENTS} events or at {@link #HORIZON_MS} of virtual time, whichever comes first, so
 * no request can hold a core for long.
 */
public final class TcpLimits {

    /** Events a run may record; the run stops (and says so) when it reaches this number. */
    public static final int MAX_EVENTS = 500;
    /** Virtual time after which a run stops: 24 hours. */
    public static final long HORIZON_MS = 86_400_000L;
    /** One MSS of 1460 bytes: a send is one segment, the simulation does not split data. */
    public static final long MAX_BYTES = 1460;
    public static final long MAX_DELAY_MS = 10_000;
    public static final long MAX_MSL_MS = 600_000;
    /** RFC 6298 §2.4 allows an upper bound of 60 s on the RTO. */
    public static final long MAX_RTO_MS = 60_000;
    /** Linux {@code TCP_RTO_MAX}: exponential backoff stops doubling here. */
    public static final long RTO_CAP_MS = 120_000;
    /** Linux's {@code tcp_retries2} default, the largest retry count it uses. */
    public static final long MAX_RETRIES = 15;
    public static final long MAX_FIN_TIMEOUT_MS = 600_000;
    /** Linux {@code MAX_TCP_KEEPIDLE} and {@code MAX_TCP_KEEPINTVL}: 32767 s. */
    public static final long MAX_KEEPALIVE_MS = 32_767_000L;
    /** Linux {@code MAX_TCP_KEEPCNT}. */
    public static final long MAX_KEEPALIVE_PROBES = 127;
    public static final int MAX_LOST_SEGMENTS = 20;
    /**
     * The receive window each endpoint offers, 65535 bytes (no window scaling): the segments it
     * accepts, holds past a gap, or answers with a challenge ACK lie within it.
     */
    public static final long RECEIVE_WINDOW = 65_535;

    private TcpLimits() {
    }
}
