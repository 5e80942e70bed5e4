package dev.interviewlab.simulation.cache.benchmark;

import dev.interviewlab.simulation.cache.engine.CacheSimulation;
import dev.interviewlab.simulation.cache.engine.CompiledWorkload;
import dev.interviewlab.simulation.cache.engine.Metrics;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import dev.interviewlab.simulation.cache.engine.Strategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Engine throughput: one client, cache-aside, 250,000 operations (the per-run limit) over 100,000
 * Zipf-distributed keys (skew 0.99, 95 % reads) with a 10,000-entry cache, the default latencies and
 * latency jitter, and a TTL of 2 s (the default) or none. The score is simulated operations per second of wall-clock time on one core. Run with
 * {@code src/test/bench/jmh.sh CacheEngineBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}; the figures live in
 * docs/benchmarks/cache-engine.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CacheEngineBenchmark {

    static final int OPERATIONS = 250_000;

    @Param({"LRU", "LFU", "FIFO"})
    public String eviction;

    @Param({"cache-aside"})
    public String strategy;

    /** 2000 ms (the default): entries also expire; 0: only eviction removes them (a higher hit ratio). */
    @Param({"2000", "0"})
    public double ttlMs;

    private SimulationInput input;
    private CompiledWorkload workload;
    private Strategy chosen;

    @Setup
    public void prepare() {
        input = SimulationInput.builder().strategies(List.of(strategy)).eviction(eviction).capacity(10_000)
                .keyCount(100_000).distribution("zipf").zipfSkew(0.99).readPercent(95).clients(1).thinkTimeMs(0.0)
                .ttlMs(ttlMs).operations(OPERATIONS).seed(1L).build();
        workload = CompiledWorkload.of(input);
        chosen = input.strategies().get(0);
    }

    /** A whole run of the engine; the score divided by nothing is operations per second. */
    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public Metrics singleClientRun() {
        return CacheSimulation.measure(input, workload, chosen, false);
    }

    /** The same run including drawing the workload from the seed (Zipf sampling). */
    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public Metrics singleClientRunWithWorkloadGeneration() {
        return CacheSimulation.measure(input, CompiledWorkload.of(input), chosen, false);
    }
}
