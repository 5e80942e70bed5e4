package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Predict mode's git question at an integration (merge, rebase or cherry-pick): which files conflict, if
 * any? Asked at every such step; the answer is the step's own result — where the engine stopped and the
 * paths it left with conflict markers.
 *
 * @param step    the 1-based step hidden and asked about
 * @param choices {@value #NONE}, and file sets written as sorted paths joined by {@code ,}
 */
public record GitPrediction(int step, List<String> choices, String answer) {

    /** The scenario kind a missed prediction files as a review card. */
    public static final String KIND = "conflicts";
    public static final String NONE = "none";
    /** With this many files or fewer, every set of them is offered. */
    static final int ALL_SETS_UP_TO = 3;

    public GitPrediction {
        choices = List.copyOf(choices);
        if (!choices.contains(answer)) {
            throw new IllegalArgumentException("the answer must be one of the choices");
        }
    }

    public static List<Integer> steps(SimulationResult result) {
        return result.steps().stream().filter(step -> isIntegration(step.command())).map(StepResult::number).toList();
    }

    public static Optional<GitPrediction> at(SimulationResult result, int step) {
        if (step < 1 || step > result.steps().size() || !isIntegration(result.steps().get(step - 1).command())) {
            return Optional.empty();
        }
        StepResult asked = result.steps().get(step - 1);
        String answer = asked.stopped() ? String.join(",", new TreeSet<>(asked.conflict().paths())) : NONE;
        return Optional.of(new GitPrediction(step, choices(result, asked, answer), answer));
    }

    public static Optional<Integer> nextAtOrAfter(SimulationResult result, int step) {
        return steps(result).stream().filter(candidate -> candidate >= step).findFirst();
    }

    public static Optional<GitPrediction> drawn(SimulationResult result, long seed) {
        List<Integer> steps = steps(result);
        return steps.isEmpty() ? Optional.empty() : at(result, steps.get(new SplittableRandom(seed).nextInt(steps.size())));
    }

    public boolean offers(String given) {
        return choices.contains(given);
    }

    public boolean isAnsweredBy(String given) {
        return answer.equals(given);
    }

    private static boolean isIntegration(Command command) {
        return command instanceof Command.Merge || command instanceof Command.Rebase || command instanceof Command.CherryPick;
    }

    /**
     * "None", then sets of the files the repository holds before the step: every set when there are few
     * files, else every single file and pair. The answer is always among them.
     */
    private static List<String> choices(SimulationResult result, StepResult asked, String answer) {
        TreeSet<String> files = new TreeSet<>();
        result.commits().values().stream().filter(commit -> commit.step() < asked.number())
                .forEach(commit -> files.addAll(commit.snapshot().files().keySet()));
        if (asked.stopped()) {
            files.addAll(asked.conflict().paths());
        }
        List<String> paths = new ArrayList<>(files);
        TreeSet<String> sets = new TreeSet<>((a, b) -> a.split(",").length != b.split(",").length
                ? Integer.compare(a.split(",").length, b.split(",").length) : a.compareTo(b));
        int largest = paths.size() <= ALL_SETS_UP_TO ? paths.size() : 2;
        for (int mask = 1; mask < (1 << Math.min(paths.size(), 16)); mask++) {
            if (Integer.bitCount(mask) <= largest) {
                List<String> set = new ArrayList<>();
                for (int i = 0; i < paths.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        set.add(paths.get(i));
                    }
                }
                sets.add(String.join(",", set));
            }
        }
        if (!answer.equals(NONE)) {
            sets.add(answer);
        }
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(sets);
        return choices;
    }
}
