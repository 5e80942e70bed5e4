package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The interleaving that produced a stale read, on its key: from the first step of the operation
 * that put the stale value in the cache (or of the write the reader missed) to the end of the read
 * and of that write. Every step of those operations is kept; of other clients only the steps that
 * changed the cache or the database. At most {@link #MAX_STEPS} steps.
 *
 * @param originOperation      the operation whose step put the stale value in the cache, or -1
 *                             (the value came from the warm-up or from the database)
 * @param startsMidway         earlier steps fell out of the replay's ring and are not shown
 * @param staleStep            index in {@code steps} of the step that returned the stale value
 */
public record StaleReadTimeline(Strategy strategy, Mitigation mitigation, StaleRead staleRead, int originOperation,
                                List<SimulationEvent> steps, int staleStep, boolean startsMidway) {

    public static final int MAX_STEPS = 40;

    public StaleReadTimeline {
        steps = List.copyOf(steps);
    }

    public AnomalyCause cause() {
        return staleRead.cause();
    }

    /** The client of an operation as the steps show it, or -1 when it has no step here. */
    public int clientOf(int operation) {
        return steps.stream().filter(s -> s.operation() == operation).mapToInt(SimulationEvent::client).findFirst().orElse(-1);
    }

    static StaleReadTimeline extract(Strategy strategy, Mitigation mitigation, StaleRead stale, List<EventLog.Raw> raw,
                                     Function<EventLog.Raw, SimulationEvent> label) {
        int staleIndex = -1;
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).op() == stale.operation() && raw.get(i).stale()) {
                staleIndex = i;
            }
        }
        if (staleIndex < 0) {
            throw new IllegalStateException("the replay did not reach the stale read");
        }
        int staleValue = raw.get(staleIndex).value();
        int origin = -1;
        for (int i = staleIndex; i >= 0 && origin < 0; i--) {
            EventLog.Raw e = raw.get(i);
            boolean puts = e.kind() == EventKind.CACHE_FILL || e.kind() == EventKind.CACHE_FILL_NULL
                    || e.kind() == EventKind.CACHE_SET || e.kind() == EventKind.CACHE_SET_DIRTY;
            if (puts && e.value() == staleValue && e.op() != stale.operation()) {
                origin = e.op();
            }
        }
        Set<Integer> involved = new LinkedHashSet<>(List.of(stale.operation()));
        if (origin >= 0) {
            involved.add(origin);
        }
        if (stale.newestOperation() >= 0) {
            involved.add(stale.newestOperation());
        }
        int start = staleIndex;
        int end = staleIndex;
        boolean midway = false;
        for (int op : involved) {
            int first = -1;
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).op() == op) {
                    first = first < 0 ? i : first;
                    end = Math.max(end, i);
                }
            }
            if (first < 0) {
                midway = true;
                start = 0;
            } else {
                start = Math.min(start, first);
            }
        }
        List<EventLog.Raw> chosen = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            EventLog.Raw e = raw.get(i);
            if (involved.contains(e.op()) || e.kind().changesState()) {
                chosen.add(e);
            }
        }
        if (chosen.size() > MAX_STEPS) {
            chosen.removeIf(e -> !involved.contains(e.op()) && e.kind() != EventKind.CRASH);
            if (chosen.size() > MAX_STEPS) {
                midway = true;
                chosen = new ArrayList<>(chosen.subList(chosen.size() - MAX_STEPS, chosen.size()));
            }
        }
        int staleStep = -1;
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i) == raw.get(staleIndex)) {
                staleStep = i;
            }
        }
        return new StaleReadTimeline(strategy, mitigation, stale, origin, chosen.stream().map(label).toList(), staleStep, midway);
    }
}
