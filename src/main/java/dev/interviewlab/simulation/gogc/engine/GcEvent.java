package dev.interviewlab.simulation.gogc.engine;

import java.util.List;

/**
 * One step of the trace.
 *
 * @param number   1-based position in the trace
 * @param line     the script line, or 0 for what the collector did on its own after the script
 * @param text     the statement as the script language writes it (empty for start, termination and sweep)
 * @param kind     what happened
 * @param arguments names for the explanation message
 * @param shades   objects turned grey by this step, and why
 * @param after    the heap after the step
 * @param invariants the invariants after the step
 */
public record GcEvent(int number, int line, String text, EventKind kind, List<String> arguments, List<Shade> shades,
                      HeapSnapshot after, InvariantReport invariants) {

    public GcEvent {
        arguments = List.copyOf(arguments);
        shades = List.copyOf(shades);
    }

    /** Whether the barrier (not the collector) shaded something in this step. */
    public boolean barrierShaded() {
        return shades.stream().anyMatch(s -> s.cause() == ShadeCause.OLD_POINTER || s.cause() == ShadeCause.NEW_POINTER);
    }
}
