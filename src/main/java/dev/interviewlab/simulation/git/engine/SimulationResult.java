package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A finished run: every command that ran, every commit made (in the order made), and where the
 * refs ended. When a command stopped on a conflict, it is the last step and the commands after it
 * did not run.
 */
public record SimulationResult(List<StepResult> steps, Map<String, Commit> commits, RepoState finalState,
                               int commandCount) {

    public SimulationResult {
        steps = List.copyOf(steps);
        commits = Collections.unmodifiableMap(new LinkedHashMap<>(commits));
    }

    /** The step that stopped on a conflict, or null when every command ran. */
    public StepResult stoppedAt() {
        return steps.isEmpty() || !steps.get(steps.size() - 1).stopped() ? null : steps.get(steps.size() - 1);
    }

    public Conflict conflict() {
        StepResult stop = stoppedAt();
        return stop == null ? null : stop.conflict();
    }

    /** Commands after the stop that were not run. */
    public int notRun() {
        return commandCount - steps.size();
    }

    /** Commits reachable from a branch of {@code state}, in the order they were made. */
    public List<Commit> reachableFromBranches(RepoState state) {
        Set<String> reachable = reachable(state.branches().values());
        return commits.values().stream().filter(commit -> reachable.contains(commit.label())).toList();
    }

    /** Commits reachable from any branch or tag of {@code state}. */
    public Set<String> reachable(RepoState state) {
        List<String> tips = new ArrayList<>(state.branches().values());
        tips.addAll(state.tags().values());
        return reachable(tips);
    }

    private Set<String> reachable(java.util.Collection<String> tips) {
        Set<String> seen = new LinkedHashSet<>();
        History history = new History(commits);
        for (String tip : tips) {
            if (commits.containsKey(tip)) {
                seen.addAll(history.ancestors(tip));
            }
        }
        return seen;
    }

    /** Commits that exist after the step but that no branch or tag reaches (rewritten originals, reset-away commits). */
    public List<String> unreachableAfter(StepResult step) {
        Set<String> reachable = reachable(step.after());
        return commits.values().stream()
                .filter(commit -> commit.step() <= step.number() && !reachable.contains(commit.label()))
                .map(Commit::label).toList();
    }

    /** A bash script that replays the run in real git with the same identity and dates, so the ids match. */
    public String shellScript() {
        StringBuilder script = new StringBuilder();
        for (String line : ShellExport.preamble(steps.isEmpty() ? "main" : firstBranch())) {
            script.append(line).append('\n');
        }
        for (StepResult step : steps) {
            script.append('\n');
            for (String line : step.shell()) {
                script.append(line).append('\n');
            }
        }
        return script.toString();
    }

    private String firstBranch() {
        for (StepResult step : steps) {
            if (step.command() instanceof Command.CommitFiles commit) {
                return commit.branch();
            }
        }
        return "main";
    }
}
