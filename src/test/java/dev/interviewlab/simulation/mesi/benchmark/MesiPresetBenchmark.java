package dev.interviewlab.simulation.mesi.benchmark;

import dev.interviewlab.simulation.mesi.engine.MesiPreset;
import dev.interviewlab.simulation.mesi.engine.MesiProgram;
import dev.interviewlab.simulation.mesi.engine.MesiQuestions;
import dev.interviewlab.simulation.mesi.engine.MesiRun;
import dev.interviewlab.simulation.mesi.engine.MesiSimulation;
import dev.interviewlab.simulation.mesi.engine.ProtocolBug;
import dev.interviewlab.simulation.mesi.engine.RandomProgram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What one request costs the MESI engine: each preset (issue 14: under 5 ms), the largest program
 * the limits allow. The model checker is timed in MesiCheckerBenchmark.
 * Run with {@code src/test/bench/jmh.sh MesiPresetBenchmark}; figures in docs/benchmarks/mesi.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MesiPresetBenchmark {

    @Param({"READ_SHARING", "WRITE_INVALIDATES", "SILENT_UPGRADE", "FALSE_SHARING", "WRITE_BACK"})
    public String preset;

    private final MesiProgram largest = new RandomProgram(4, 60, 4, true, 1).program();

    @Benchmark
    public Object presetWithQuestionsAndPaddedTwin() {
        MesiProgram program = MesiPreset.valueOf(preset).program();
        MesiRun run = MesiSimulation.run(program, ProtocolBug.NONE);
        return new Object[]{MesiQuestions.of(run), MesiSimulation.run(program.padded(), ProtocolBug.NONE)};
    }

    @Benchmark
    public MesiRun largestProgramTheLimitsAllow() {
        return MesiSimulation.run(largest, ProtocolBug.NONE);
    }
}
