package dev.interviewlab.simulation.cache.benchmark;

import dev.interviewlab.simulation.cache.engine.CacheSimulation;
import dev.interviewlab.simulation.cache.engine.CompiledWorkload;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import dev.interviewlab.simulation.cache.engine.Strategy;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Memory per cached entry, measured rather than estimated: the bytes a run allocates with a
 * 100,000-entry cache minus those with a 1,000-entry cache, over the 99,000 extra entries (same
 * keys, same single operation, so only the per-entry arrays differ). Uses the JVM's per-thread
 * allocation counter ({@code com.sun.management.ThreadMXBean}). Run with the benchmark classpath:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)"
 * dev.interviewlab.simulation.cache.benchmark.CacheEntryFootprint}.
 */
public final class CacheEntryFootprint {

    private CacheEntryFootprint() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String strategy : List.of("cache-aside", "write-back")) {
            for (String eviction : List.of("LRU", "LFU", "FIFO")) {
                long small = allocated(threads, strategy, eviction, 1_000);
                long large = allocated(threads, strategy, eviction, 100_000);
                System.out.printf(Locale.ROOT, "%-12s %-5s %6.1f bytes per cached entry%n", strategy, eviction,
                        (large - small) / 99_000.0);
            }
        }
    }

    private static long allocated(com.sun.management.ThreadMXBean threads, String strategy, String eviction, int capacity) {
        SimulationInput input = SimulationInput.builder().strategies(List.of(strategy)).eviction(eviction).capacity(capacity)
                .keyCount(100_000).clients(1).operations(1).build();
        CompiledWorkload workload = CompiledWorkload.of(input);
        Strategy chosen = input.strategies().get(0);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            CacheSimulation.measure(input, workload, chosen, false);
            best = Math.min(best, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return best;
    }
}
