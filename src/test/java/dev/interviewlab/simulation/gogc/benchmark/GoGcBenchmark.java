package dev.interviewlab.simulation.gogc.benchmark;

import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.CheckerDefaults;
import dev.interviewlab.simulation.gogc.engine.GcQuestions;
import dev.interviewlab.simulation.gogc.engine.GcRun;
import dev.interviewlab.simulation.gogc.engine.GcSimulation;
import dev.interviewlab.simulation.gogc.engine.ModelChecker;
import dev.interviewlab.simulation.gogc.engine.Preset;
import dev.interviewlab.simulation.gogc.engine.ScriptParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What a page costs the engine (a preset parsed, replayed and its questions made, under each barrier;
 * issue 14 asks for under 5 ms) and what the model checker costs at its default bounds (under 10 s in
 * the build). Run with {@code src/test/bench/jmh.sh GoGcBenchmark}.
 */
public class GoGcBenchmark {

    @State(Scope.Benchmark)
    public static class PresetRun {
        @Param({"LOST_OBJECT", "HIDDEN_ON_STACK", "GREY_STACK_WRITE"})
        public Preset preset;

        @Param({"NONE", "DIJKSTRA", "YUASA", "HYBRID"})
        public Barrier barrier;
    }

    @State(Scope.Benchmark)
    public static class CheckerRun {
        @Param({"NONE", "DIJKSTRA", "YUASA", "HYBRID"})
        public Barrier barrier;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object presetParsedRunAndQuestioned(PresetRun state) {
        GcRun run = GcSimulation.run(ScriptParser.parse(state.preset.script()).scenario(), state.barrier);
        return GcQuestions.of(run);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ModelChecker.Result checkerAtDefaultBounds(CheckerRun state) {
        return CheckerDefaults.check(state.barrier, state.barrier.promise());
    }
}
