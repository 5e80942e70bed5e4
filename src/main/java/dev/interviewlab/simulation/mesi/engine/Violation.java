package dev.interviewlab.simulation.mesi.engine;

import java.util.List;

/**
 * A coherence guarantee broken at a step.
 *
 * @param line     the line (single writer) or the variable's line (stale read)
 * @param variable the variable read, -1 for a single-writer violation
 * @param cores    the caches involved: the owner first, then the other holders; or the reader
 * @param expected the last value written (stale read only)
 * @param actual   the value the read returned (stale read only)
 */
public record Violation(Kind kind, int line, int variable, List<Integer> cores, int expected, int actual) {

    public enum Kind {
        /** a line in M or E in one cache is valid in another */
        SINGLE_WRITER,
        /** a read did not return the last value written to its location */
        STALE_READ
    }

    public Violation {
        cores = List.copyOf(cores);
    }
}
