package dev.interviewlab.simulation.mesi.benchmark;

import dev.interviewlab.simulation.mesi.engine.CheckBounds;
import dev.interviewlab.simulation.mesi.engine.CheckResult;
import dev.interviewlab.simulation.mesi.engine.ModelChecker;
import dev.interviewlab.simulation.mesi.engine.ProtocolBug;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The model checker on the correct protocol (the worst case: nothing stops the search early) at the
 * page's default bounds, at the bounds {@code ./mvnw verify} checks (issue 14: under 10 s), and beyond.
 * Run with {@code src/test/bench/jmh.sh MesiCheckerBenchmark -f 1 -wi 1 -i 3}; figures in docs/benchmarks/mesi.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MesiCheckerBenchmark {

    /** The page's default check: 3 cores x 2 requests x 2 addresses. */
    @Benchmark
    public CheckResult checkerPageDefault() {
        return ModelChecker.check(new CheckBounds(3, 2, 2, false, false, CheckBounds.WEB_MAX_STATES), ProtocolBug.NONE);
    }

    /** The bounds ./mvnw verify checks: 3 cores x 3 requests x 2 addresses. */
    @Benchmark
    public CheckResult checkerVerifyBounds() {
        return ModelChecker.check(CheckBounds.standard(), ProtocolBug.NONE);
    }

    /** Bigger than verify: 2 cores x 3 requests x 2 addresses on one line, with evictions; and 4 cores x 2 x 2. */
    @Benchmark
    public CheckResult checkerSameLineWithEvictions() {
        return ModelChecker.check(new CheckBounds(3, 3, 2, true, true, 20_000_000), ProtocolBug.NONE);
    }

    @Benchmark
    public CheckResult checkerFourCores() {
        return ModelChecker.check(new CheckBounds(4, 2, 2, false, false, 20_000_000), ProtocolBug.NONE);
    }
}
