package dev.interviewlab.simulation.loadbalancing.engine;

/**
 * The bounds a scenario must keep, so one request costs the server little: every run of a page
 * simulates the chosen algorithm and the six others on the same arrivals.
 */
public final class LbLimits {

    public static final int MIN_REQUESTS = 10;
    public static final int MAX_REQUESTS = 20_000;
    public static final int MAX_SERVERS = 8;
    public static final int MIN_SERVERS = 1;
    public static final int MAX_RATE_PER_SECOND = 100_000;
    public static final int MAX_MEAN_COST_MS = 10_000;
    public static final int MAX_WEIGHT = 100;
    public static final int MAX_WORKERS = 64;
    public static final double MIN_SPEED = 0.01;
    public static final double MAX_SPEED = 100;
    /** A queue this long never fills in a run of at most {@link #MAX_REQUESTS}: "unlimited". */
    public static final int MAX_QUEUE = MAX_REQUESTS;
    public static final int MAX_KEYS = 100_000;
    public static final int MAX_VIRTUAL_NODES = 1_000;
    public static final long MAX_TIME_MS = 3_600_000;
    /** Events the engine processes at most: every request arrives, may be retried once, and completes. */
    public static final int MAX_EVENTS = 5 * MAX_REQUESTS + 16;
    /** The requests whose every event the trace keeps, for the step-by-step replay. */
    public static final int TRACED_REQUESTS = 30;

    private LbLimits() {
    }
}
