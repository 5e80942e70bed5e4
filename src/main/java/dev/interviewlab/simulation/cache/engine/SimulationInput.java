package dev.interviewlab.simulation.cache.engine;

import java.util.List;
import java.util.Objects;

/**
 * Everything a cache experiment needs, validated: build it with {@link SimulationInputBuilder},
 * which reports every problem as a {@link SettingProblem}. Times are virtual microseconds.
 *
 * @param strategies              one to {@link Limits#MAX_STRATEGIES} distinct strategies, run on the same workload
 * @param ttlMicros               time to live of a cached entry; 0 means entries never expire
 * @param secondDeleteDelayMicros delayed double delete: the second delete runs this long after the commit
 * @param crashAtMicros           when the cache node crashes and loses its contents, or -1 for never
 * @param seed                    seeds the generator, the latency jitter and the TTL jitter
 */
public record SimulationInput(List<Strategy> strategies, EvictionPolicy eviction, int capacity, long ttlMicros,
                              Latencies latencies, Workload workload, Scenario scenario, WriteBackSettings writeBack,
                              long secondDeleteDelayMicros, long crashAtMicros, long seed) {

    public SimulationInput {
        strategies = List.copyOf(strategies);
        Objects.requireNonNull(eviction);
        Objects.requireNonNull(latencies);
        Objects.requireNonNull(workload);
        Objects.requireNonNull(scenario);
        Objects.requireNonNull(writeBack);
        if (strategies.isEmpty() || strategies.size() > Limits.MAX_STRATEGIES || strategies.stream().distinct().count() != strategies.size()) {
            throw new IllegalArgumentException("one to four distinct strategies");
        }
        if (capacity < 1 || capacity > Limits.MAX_CAPACITY || ttlMicros < 0 || secondDeleteDelayMicros < 0 || crashAtMicros < -1) {
            throw new IllegalArgumentException("capacity or times out of range");
        }
    }

    public static SimulationInputBuilder builder() {
        return new SimulationInputBuilder();
    }

    public boolean isTrace() {
        return workload instanceof TraceWorkload;
    }

    /** The same settings with another cache capacity (for "what if" questions). */
    public SimulationInput withCapacity(int otherCapacity) {
        return new SimulationInput(strategies, eviction, otherCapacity, ttlMicros, latencies, workload, scenario, writeBack,
                secondDeleteDelayMicros, crashAtMicros, seed);
    }

    /** The same settings for other strategies (the mitigation switch is per run, not here). */
    public SimulationInput withStrategies(List<Strategy> others) {
        return new SimulationInput(others, eviction, capacity, ttlMicros, latencies, workload, scenario, writeBack,
                secondDeleteDelayMicros, crashAtMicros, seed);
    }
}
