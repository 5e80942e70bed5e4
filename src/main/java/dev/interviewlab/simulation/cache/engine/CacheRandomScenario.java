package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A random race on one key for a review card: a write strategy, latencies, and a short trace of readers
 * and a writer at random moments, all drawn from a seed, kept only when the run has a stale read to
 * replay (the cache's replay is a stale read's timeline). The same seed always gives the same run.
 */
public final class CacheRandomScenario {

    /** Seeds derived from the card's before giving up on a race (few draws miss one: see the test). */
    static final int ATTEMPTS = 32;
    private static final List<String> STRATEGIES = List.of("cache-aside", "delete-then-update", "update-db-then-cache",
            "update-cache-then-db");

    /** The run's settings and its stale read's timeline. */
    public record Drawn(SimulationInput input, StaleReadTimeline timeline) {
    }

    private CacheRandomScenario() {
    }

    public static Drawn of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SimulationInput input = input(random.split());
            StaleReadTimeline timeline = CacheExperiment.run(input).timeline(null);
            if (timeline != null && !CachePrediction.steps(timeline).isEmpty()) {
                return new Drawn(input, timeline);
            }
        }
        // the consistency notes' race (a fast write between a slow reader's SELECT and SET) always has one
        SimulationInput input = SimulationInput.builder().strategies(List.of("cache-aside")).cacheLatencyMs(1.0)
                .dbReadLatencyMs(2.0).dbWriteLatencyMs(1.0).latencyJitterPercent(0).database(Map.of("k", "old"))
                .trace(List.of(get(0, 0), put(1, 1.8, "new"), get(2, 5))).build();
        return new Drawn(input, CacheExperiment.run(input).timeline(null));
    }

    private static SimulationInput input(SplittableRandom random) {
        List<SimulationInputBuilder.RawTraceOperation> trace = new ArrayList<>();
        trace.add(get(0, 0));
        double writeAt = 0.2 + random.nextInt(30) / 10.0;
        trace.add(put(1, writeAt, "new"));
        int readers = random.nextInt(1, 3);
        for (int reader = 0; reader < readers; reader++) {
            trace.add(get(2 + reader, writeAt + random.nextInt(1, 60) / 10.0));
        }
        return SimulationInput.builder().strategies(List.of(STRATEGIES.get(random.nextInt(STRATEGIES.size()))))
                .cacheLatencyMs(1.0).dbReadLatencyMs(1.0 + random.nextInt(4)).dbWriteLatencyMs(0.5 + random.nextInt(4) / 2.0)
                .latencyJitterPercent(0).database(Map.of("k", "old")).trace(trace).seed(random.nextLong()).build();
    }

    private static SimulationInputBuilder.RawTraceOperation get(int client, double at) {
        return new SimulationInputBuilder.RawTraceOperation("get", "k", null, client, at);
    }

    private static SimulationInputBuilder.RawTraceOperation put(int client, double at, String value) {
        return new SimulationInputBuilder.RawTraceOperation("put", "k", value, client, at);
    }
}
