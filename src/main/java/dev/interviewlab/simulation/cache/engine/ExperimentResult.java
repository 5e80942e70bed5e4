package dev.interviewlab.simulation.cache.engine;

import java.util.List;

/**
 * Every run of an experiment, in order: per strategy, without then (if the scenario has one) with
 * the mitigation. All series share one window width, so their peaks compare fairly.
 *
 * @param workload the compiled workload every run used (to replay a stale read)
 */
public record ExperimentResult(SimulationInput input, CompiledWorkload workload, List<RunResult> runs) {

    public ExperimentResult {
        runs = List.copyOf(runs);
    }

    /** Every stale read available for replay: per run (in run order), the first of each cause. */
    public List<StaleReadChoice> staleReadChoices() {
        List<StaleReadChoice> choices = new java.util.ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (StaleRead read : runs.get(i).staleReads()) {
                choices.add(new StaleReadChoice(choices.size() + 1, i, runs.get(i), read));
            }
        }
        return choices;
    }

    /** A stale read the learner can pick for replay; {@code number} is its stable id on the page (from 1). */
    public record StaleReadChoice(int number, int runIndex, RunResult run, StaleRead read) {
    }

    /**
     * The timeline of the chosen stale read (by {@link StaleReadChoice#number()}; the first one
     * when {@code number} is null or unknown), or null when no run had a stale read.
     */
    public StaleReadTimeline timeline(Integer number) {
        List<StaleReadChoice> choices = staleReadChoices();
        if (choices.isEmpty()) {
            return null;
        }
        StaleReadChoice choice = choices.stream().filter(c -> number != null && c.number() == number).findFirst()
                .orElse(choices.get(0));
        return CacheSimulation.replayStaleRead(input, workload, choice.run(), choice.read());
    }

    public boolean comparesMitigation() {
        return input.scenario().mode() != FailureMode.NONE;
    }

    /** The run of a strategy with the mitigation off or on. */
    public RunResult run(Strategy strategy, boolean mitigated) {
        return runs.stream().filter(r -> r.strategy() == strategy && r.mitigated() == mitigated).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such run"));
    }

    /** The run the settings describe: the first strategy, with the mitigation on if the scenario has one. */
    public RunResult primary() {
        return run(input.strategies().get(0), comparesMitigation());
    }

    public long windowMicros() {
        return runs.get(0).series().windowMicros();
    }
}
