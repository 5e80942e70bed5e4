package dev.interviewlab.simulation.gmp.benchmark;

import dev.interviewlab.simulation.gmp.engine.GmpInput;
import dev.interviewlab.simulation.gmp.engine.GmpRun;
import dev.interviewlab.simulation.gmp.engine.GmpSimulation;
import dev.interviewlab.simulation.gmp.engine.Limits;
import dev.interviewlab.simulation.gmp.engine.Preemption;
import dev.interviewlab.simulation.gmp.engine.Preset;
import dev.interviewlab.simulation.gmp.engine.WorkloadParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What a scheduler run costs: each preset parsed and run (issue 14 asks for under 5 ms), and the largest input
 * the limits allow ({@link Limits#MAX_GOROUTINES} goroutines on {@link Limits#MAX_PROCS} Ps for the whole tick
 * budget). Run with {@code src/test/bench/jmh.sh GmpBenchmark}.
 */
public class GmpBenchmark {

    @State(Scope.Benchmark)
    public static class PresetRun {
        @Param({"SPAWN_STORM", "BLOCKING_SYSCALL", "TIGHT_LOOP_GO113", "TIGHT_LOOP_GO114", "NETPOLLER"})
        public Preset preset;
    }

    @State(Scope.Benchmark)
    public static class WorstCase {
        public final GmpInput input = new GmpInput(WorkloadParser.parse("""
                spawn 1000 work 1ms, net wait 1ms, work 1ms, syscall 1ms, work 200ms
                spawn 1000 sleep 1ms, work 100us, syscall 2ms, loop 200ms nocalls
                """).spawns(), Limits.MAX_PROCS, Preemption.ASYNC, 1);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public GmpRun presetParsedAndRun(PresetRun state) {
        return GmpSimulation.run(state.preset.input());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public GmpRun largestAllowedInput(WorstCase state) {
        return GmpSimulation.run(state.input);
    }
}
