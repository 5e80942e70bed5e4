package dev.interviewlab.simulation.cache.engine;

import java.util.List;

/**
 * One strategy on the workload, with the scenario's mitigation off or on.
 *
 * @param mitigation the mitigation that was switched on, or null
 * @param staleReads the first stale read of each cause that occurred, earliest first (empty when every read was fresh)
 * @param outcomes   per trace operation, in trace order (empty for generated workloads)
 * @param events     every step, for traces (empty for generated workloads)
 * @param bloom      the Bloom filter's report, or null when the run used none
 */
public record RunResult(Strategy strategy, Mitigation mitigation, Metrics metrics, TimeSeries series, List<StaleRead> staleReads,
                        List<Outcome> outcomes, List<SimulationEvent> events, BloomReport bloom) {

    public RunResult {
        staleReads = List.copyOf(staleReads);
        outcomes = List.copyOf(outcomes);
        events = List.copyOf(events);
    }

    public boolean mitigated() {
        return mitigation != null;
    }

    /** The first stale read of the run, or null. */
    public StaleRead staleRead() {
        return staleReads.isEmpty() ? null : staleReads.get(0);
    }

    RunResult withSeries(TimeSeries widened) {
        return new RunResult(strategy, mitigation, metrics.withPeak(widened.peakDbLoad(), widened.windowMicros()), widened,
                staleReads, outcomes, events, bloom);
    }
}
