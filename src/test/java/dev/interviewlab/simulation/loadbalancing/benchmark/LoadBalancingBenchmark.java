package dev.interviewlab.simulation.loadbalancing.benchmark;

import dev.interviewlab.simulation.loadbalancing.engine.LbPreset;
import dev.interviewlab.simulation.loadbalancing.engine.LbQuestions;
import dev.interviewlab.simulation.loadbalancing.engine.LbRun;
import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import dev.interviewlab.simulation.loadbalancing.engine.LbSettings;
import dev.interviewlab.simulation.loadbalancing.engine.LoadBalancing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What one page request costs the engine: a preset run with its trace, the six other algorithms on
 * the same arrivals, the key-movement count and the questions; and the largest run the limits
 * allow (20,000 requests on eight servers, 100,000 keys on 1,000 virtual nodes per weight).
 * Run with {@code src/test/bench/jmh.sh LoadBalancingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBalancingBenchmark {
    // jmh.sh LoadBalancingBenchmark.largestAllowedRun -p preset=even measures the largest run once

    @Param({"even", "weighted", "slow-server", "heavy-tail", "failure", "hashing"})
    public String preset;

    private LbScenario scenario;

    @Setup
    public void setUp() {
        scenario = ((LbSettings.Resolved) LbSettings.ofPreset(preset).resolve()).scenario();
    }

    /** The largest run the limits allow, on its own: it does not depend on the preset. */
    @State(Scope.Benchmark)
    public static class Largest {
        LbScenario scenario;

        @Setup
        public void setUp() {
            LbSettings big = new LbSettings("even", null, null, 20_000, null, 2_240.0, null, 10.0,
                    List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), List.of(1), List.of(4), List.of(20_000), null, null,
                    null, null, 100_000, 1_000);
            scenario = ((LbSettings.Resolved) big.resolve()).scenario();
        }
    }

    @Benchmark
    public Object presetWithComparisonAndQuestions() {
        LbRun run = LoadBalancing.run(scenario);
        return LbQuestions.of(run);
    }

    @Benchmark
    public Object largestAllowedRun(Largest largest) {
        return LoadBalancing.run(largest.scenario);
    }
}
