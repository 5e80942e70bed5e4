package dev.interviewlab.simulation.mesi.engine;

import java.util.List;

/**
 * One request and everything it caused, in order: the requester's transition, the message on the
 * bus, each other cache's reaction, who supplied the data, and what memory received.
 *
 * @param rule       the requester's row; null when it evicted a line it did not hold
 * @param bus        the requester's bus message, null for a hit or a silent transition
 * @param suppliedBy the core whose Flush supplied the data, {@link #MEMORY}, or {@link #NO_DATA}
 * @param writeBack  memory received the line's data (a Flush or the eviction of a Modified line)
 * @param valueRead  the value a read returned, null for writes and evictions
 * @param after      every cache and memory after the step (null in the model checker, which keeps none)
 */
public record MesiStep(int number, Operation operation, MesiRule rule, BusMessage bus, List<Snoop> snoops,
                       int suppliedBy, boolean writeBack, Integer valueRead, Snapshot after, List<Violation> violations) {

    public static final int MEMORY = -1;
    public static final int NO_DATA = -2;

    /** How another cache reacted to the bus message. */
    public record Snoop(int core, MesiRule rule) {
    }

    public MesiStep {
        snoops = List.copyOf(snoops);
        violations = List.copyOf(violations);
    }

    public boolean hit() {
        return rule != null && operation.kind() != Operation.Kind.EVICT && rule.from().valid();
    }

    /** A Modified line's Flush put its data on the bus. */
    public boolean flushed() {
        return snoops.stream().anyMatch(snoop -> snoop.rule().sends() == BusMessage.FLUSH);
    }
}
