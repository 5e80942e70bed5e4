package dev.interviewlab.simulation.cache.engine;

/**
 * The bounds every input is checked against, so that no request can hold a core for long: at most
 * {@link #MAX_OPERATION_RUNS} simulated operations over all the runs of an experiment (plus one
 * replay and one "what if" run of a single configuration), well under a second of CPU at the
 * engine's measured speed of several million operations per second (docs/benchmarks/cache-engine.md),
 * and per-key arrays of at most {@link #MAX_KEYS} + {@link #MAX_MISSING_KEY_SPACE} entries.
 */
public final class Limits {

    public static final int MAX_STRATEGIES = 4;
    /** Up to four strategies, each with the mitigation off and on. */
    public static final int MAX_RUNS_PER_EXPERIMENT = 2 * MAX_STRATEGIES;
    public static final int MAX_CAPACITY = 100_000;
    public static final int MAX_KEYS = 100_000;
    public static final int MAX_MISSING_KEY_SPACE = 100_000;
    public static final int MAX_OPERATIONS = 250_000;
    /** Operations times runs (strategies, twice each with a failure mode): 8 runs allow 125,000 operations. */
    public static final int MAX_OPERATION_RUNS = 1_000_000;
    public static final int MAX_CLIENTS = 256;
    public static final int MAX_TRACE_OPERATIONS = 1_000;
    public static final int MAX_TRACE_KEY_LENGTH = 64;
    public static final int MAX_TRACE_VALUE_LENGTH = 64;
    public static final double MAX_ZIPF_SKEW = 5.0;
    /** Latencies: from 1 µs to 1 s. */
    public static final double MIN_LATENCY_MS = 0.001;
    public static final double MAX_LATENCY_MS = 1_000;
    public static final int MAX_LATENCY_JITTER_PERCENT = 400;
    /** TTLs, intervals, delays and instants: at most one hour of virtual time. */
    public static final double MAX_TIME_MS = 3_600_000;
    public static final double MAX_THINK_TIME_MS = 1_000;
    public static final double MIN_BLOOM_RATE = 0.0001;
    public static final double MAX_BLOOM_RATE = 0.5;
    public static final int MAX_FLUSH_BATCH = 100_000;
    /** Events a run may process per operation before it stops and reports itself truncated. */
    public static final int EVENTS_PER_OPERATION = 8;

    private Limits() {
    }
}
