package dev.interviewlab.simulation.gogc.engine;

/**
 * How a collector treats goroutine stacks, which have no write barrier in any of the four designs
 * (the compiler omits barriers for writes to the current frame).
 */
public enum RootProtocol {
    /** Stacks are scanned concurrently, one at a time, and are black afterwards; never re-scanned (Go 1.8+). */
    SCAN_ONCE,
    /**
     * Stacks stay grey during marking and are re-scanned with the world stopped at mark termination
     * (Go 1.5 to 1.7 with the Dijkstra barrier).
     */
    RESCAN_AT_TERMINATION,
    /** Every root is scanned with the world stopped when marking starts: Yuasa's snapshot at the beginning. */
    SNAPSHOT_AT_START
}
