package dev.interviewlab.simulation.gogc.engine;

import java.util.List;

/**
 * A replayed GC cycle.
 *
 * @param freed            objects the sweep freed
 * @param lost             of those, the ones a root still reached at mark termination: the bug
 * @param strongBrokenAt   first step after which the strong invariant did not hold, 0 if it always held
 * @param weakBrokenAt     likewise for the weak invariant
 * @param barrierShades    how many objects the write barrier shaded
 */
public record GcRun(Scenario scenario, Barrier barrier, List<GcEvent> events, List<String> freed, List<String> lost,
                    int strongBrokenAt, int weakBrokenAt, int barrierShades) {

    public GcRun {
        events = List.copyOf(events);
        freed = List.copyOf(freed);
        lost = List.copyOf(lost);
    }

    public boolean freedLiveObject() {
        return !lost.isEmpty();
    }
}
