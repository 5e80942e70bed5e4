package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every chosen strategy on the same compiled workload, each without and (when the scenario
 * names a failure mode) with its mitigation, aligns their time series, and replays the first
 * stale read found. At most {@link Limits#MAX_RUNS_PER_EXPERIMENT} runs plus one replay.
 */
public final class CacheExperiment {

    private CacheExperiment() {
    }

    public static ExperimentResult run(SimulationInput input) {
        CompiledWorkload workload = CompiledWorkload.of(input);
        boolean withMitigation = input.scenario().mode() != FailureMode.NONE;
        List<RunResult> runs = new ArrayList<>();
        for (Strategy strategy : input.strategies()) {
            runs.add(CacheSimulation.run(input, workload, strategy, false));
            if (withMitigation) {
                runs.add(CacheSimulation.run(input, workload, strategy, true));
            }
        }
        long window = runs.stream().mapToLong(r -> r.series().windowMicros()).max().orElseThrow();
        List<RunResult> aligned = new ArrayList<>();
        int length = 0;
        for (RunResult run : runs) {
            RunResult widened = run.withSeries(run.series().widenedTo(window));
            aligned.add(widened);
            length = Math.max(length, widened.series().windows());
        }
        List<RunResult> padded = new ArrayList<>();
        for (RunResult run : aligned) {
            padded.add(run.withSeries(run.series().paddedTo(length)));
        }
        return new ExperimentResult(input, workload, padded);
    }
}
