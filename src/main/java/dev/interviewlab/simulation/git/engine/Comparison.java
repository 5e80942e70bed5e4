package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compare mode: from one starting history, integrate {@code topic} into {@code base} both ways,
 * {@code git merge topic} on base, and {@code git rebase base} on topic followed by the
 * fast-forward {@code git merge topic} on base, and contrast what each made.
 */
public record Comparison(String base, String topic, Variant merge, Variant rebase) {

    /** One way of integrating, with the facts the contrast table shows. */
    public record Variant(SimulationResult result, int firstIntegrationStep, List<String> newCommits,
                          Map<String, String> rewritten, List<String> dropped, boolean linear, Conflict conflict,
                          List<String> commitsTouchingConflictedPaths) {
        public Variant {
            newCommits = List.copyOf(newCommits);
            rewritten = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rewritten));
            dropped = List.copyOf(dropped);
            commitsTouchingConflictedPaths = List.copyOf(commitsTouchingConflictedPaths);
        }

        /** How many times the learner resolves: once for a merge; for a rebase, once per replayed commit that conflicts. */
        public boolean conflicted() {
            return conflict != null;
        }
    }

    /**
     * @throws ScenarioException as {@link GitEngine#run} does; a problem at a step past the history
     *                           belongs to the integration (an unknown base or topic branch)
     */
    public static Comparison of(List<Command> history, String base, String topic) {
        List<Command> merged = new ArrayList<>(history);
        merged.add(new Command.Merge(base, topic, FastForward.ALLOW));
        List<Command> rebased = new ArrayList<>(history);
        rebased.add(new Command.Rebase(topic, base));
        rebased.add(new Command.Merge(base, topic, FastForward.ALLOW));
        int first = history.size() + 1;
        return new Comparison(base, topic, variant(merged, first, base), variant(rebased, first, base));
    }

    private static Variant variant(List<Command> commands, int first, String base) {
        SimulationResult result = GitEngine.run(new Scenario(commands));
        List<String> created = new ArrayList<>();
        Map<String, String> rewritten = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (StepResult step : result.steps()) {
            if (step.number() < first) {
                continue;
            }
            created.addAll(step.created());
            for (Event event : step.events()) {
                switch (event.kind()) {
                    case PICKED -> rewritten.put(event.args().get(0), event.args().get(1));
                    case DROPPED_ALREADY_UPSTREAM, DROPPED_BECAME_EMPTY -> dropped.add(event.args().get(0));
                    default -> {
                        // other events do not enter the contrast table
                    }
                }
            }
        }
        StepResult last = result.steps().get(result.steps().size() - 1);
        StepResult beforeIntegration = result.steps().size() >= first ? result.steps().get(first - 1) : last;
        History history = new History(result.commits());
        String baseBefore = beforeIntegration.before().branches().get(base);
        String baseAfter = last.after().branches().get(base);
        Set<String> added = baseAfter == null ? Set.of() : history.ancestors(baseAfter);
        if (baseBefore != null) {
            added.removeAll(history.ancestors(baseBefore));
        }
        boolean linear = added.stream().noneMatch(label -> result.commits().get(label).isMerge());
        Conflict conflict = result.conflict();
        List<String> touching = new ArrayList<>();
        if (conflict != null && last.command() instanceof Command.Rebase) {
            touching = touching(result, last, conflict);
        }
        return new Variant(result, first, created, rewritten, dropped, linear, conflict, touching);
    }

    /** The commits the stopped rebase had to replay that change a path which conflicted: each may stop it again. */
    private static List<String> touching(SimulationResult result, StepResult step, Conflict conflict) {
        Event plan = step.events().stream().filter(event -> event.kind() == EventKind.REBASE_PLAN).findFirst().orElseThrow();
        Set<String> paths = new TreeSet<>(conflict.paths());
        List<String> touching = new ArrayList<>();
        for (String label : plan.args().get(2).split(", ")) {
            Commit commit = result.commits().get(label);
            if (commit == null) {
                continue;
            }
            Snapshot parent = commit.firstParent() == null ? Snapshot.EMPTY : result.commits().get(commit.firstParent()).snapshot();
            for (String path : paths) {
                if (!java.util.Objects.equals(parent.get(path), commit.snapshot().get(path))) {
                    touching.add(label);
                    break;
                }
            }
        }
        return touching;
    }
}
