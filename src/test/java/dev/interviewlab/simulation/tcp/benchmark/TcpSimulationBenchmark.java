package dev.interviewlab.simulation.tcp.benchmark;

import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSettings;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What one request costs the engine: a typical preset, and the most expensive run the limits allow
 * (keepalive every millisecond on a connection that never closes, stopped by the 500-event budget).
 * Run with {@code src/test/bench/jmh.sh TcpSimulationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TcpSimulationBenchmark {

    private final TcpSettings normalClose = TcpSettings.ofPreset(TcpPreset.NORMAL_CLOSE.key());
    private final TcpSettings eventBudget = TcpSettings.ofPreset(TcpPreset.KEEPALIVE_DEAD_PEER.key())
            .with(s -> s.serverGoesDown(false).keepaliveIdleMs(1).keepaliveIntervalMs(1).delayMs(0));

    @Benchmark
    public TcpSimulation.Outcome normalClose() {
        return TcpSimulation.simulate(normalClose);
    }

    @Benchmark
    public TcpSimulation.Outcome worstCaseStoppedByTheEventBudget() {
        return TcpSimulation.simulate(eventBudget);
    }

    @Benchmark
    public Object worstCaseWithSummaryAndQuestions() {
        TcpRun run = ((TcpSimulation.Ran) TcpSimulation.simulate(eventBudget)).run();
        return new Object[]{run.summary(), dev.interviewlab.simulation.tcp.engine.TcpQuestions.of(run)};
    }
}
