package dev.interviewlab.simulation.gogc.engine;

import java.util.List;

/**
 * The invariants in one state.
 *
 * @param blackToWhite every pointer from a black holder (object, scanned stack, scanned globals) to a white object
 * @param unprotected  the white targets of those pointers that no grey holder reaches through white objects
 */
public record InvariantReport(List<Edge> blackToWhite, List<Integer> unprotected) {

    /** A pointer: holder is an object name, a goroutine name or {@code globals}; slot is the field or variable. */
    public record Edge(String holder, String slot, int target) {
    }

    public InvariantReport {
        blackToWhite = List.copyOf(blackToWhite);
        unprotected = List.copyOf(unprotected);
    }

    public boolean strongHolds() {
        return blackToWhite.isEmpty();
    }

    public boolean weakHolds() {
        return unprotected.isEmpty();
    }
}
