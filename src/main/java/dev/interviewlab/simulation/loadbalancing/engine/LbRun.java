package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;

/**
 * A run of the chosen algorithm, and the same arrivals through every algorithm.
 *
 * @param trace      the events of the first requests and of the failing server, in order
 * @param comparison one row per {@link Algorithm}, in its order, the chosen one included
 * @param keyMovement how many keys change server when the ring gains or loses a server
 */
public record LbRun(LbScenario scenario, RunStats stats, List<LbEvent> trace, LoadSeries load, List<RunStats> comparison,
                    KeyMovement keyMovement) {

    public LbRun {
        trace = List.copyOf(trace);
        comparison = List.copyOf(comparison);
    }
}
