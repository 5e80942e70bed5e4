package dev.interviewlab.simulation.gmp.engine;

/** Bounds on a workload, so a run stays small enough to draw and cheap to compute. */
public final class Limits {

    public static final int MAX_SCRIPT_CHARS = 2_000;
    public static final int MAX_LINES = 40;
    public static final int MAX_PHASES_PER_LINE = 8;
    public static final int MAX_GOROUTINES = 2_000;
    public static final int MAX_PHASE_TICKS = 200 * Tick.PER_MILLI;
    public static final int MAX_TICKS = 3_000;
    public static final int MIN_PROCS = 1;
    public static final int MAX_PROCS = 8;

    private Limits() {
    }
}
