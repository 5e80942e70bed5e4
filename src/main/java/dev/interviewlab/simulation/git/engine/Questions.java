package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates the "test yourself" questions of a run from what the engine computed: which commits a
 * rebase made, a merge commit's first parent, the merge base, the conflicted files, whether a
 * merge fast-forwarded. At most {@value #MAX_QUESTIONS}; the same run always gets the same ones.
 */
public final class Questions {

    static final int MAX_QUESTIONS = 4;
    private static final int MAX_OPTIONS = 8;
    public static final String YES = "yes";
    public static final String NO = "no";

    private Questions() {
    }

    public static List<Question> of(SimulationResult result) {
        List<Question> questions = new ArrayList<>();
        for (StepResult step : result.steps()) {
            if (questions.size() >= MAX_QUESTIONS) {
                break;
            }
            if (step.command() instanceof Command.Rebase rebase && !step.stopped()) {
                questions.add(newAfterRebase(result, step, rebase, questions.size() + 1));
            } else if (step.command() instanceof Command.Merge merge && !step.stopped()) {
                questions.add(mergeMadeCommit(step, merge, questions.size() + 1));
                Commit made = step.created().isEmpty() ? null : result.commits().get(step.created().get(0));
                if (made != null && questions.size() < MAX_QUESTIONS) {
                    questions.add(firstParent(result, made, merge, questions.size() + 1));
                }
            }
            if (step.stopped() && questions.size() < MAX_QUESTIONS) {
                questions.add(conflictFiles(result, step, questions.size() + 1));
            }
        }
        for (StepResult step : result.steps()) {
            if (questions.size() >= MAX_QUESTIONS) {
                break;
            }
            Event base = step.events().stream().filter(event -> event.kind() == EventKind.MERGE_BASE).findFirst().orElse(null);
            if (base != null) {
                questions.add(mergeBase(result, step, base, questions.size() + 1));
            }
        }
        return questions;
    }

    private static Question newAfterRebase(SimulationResult result, StepResult step, Command.Rebase rebase, int n) {
        Set<String> options = new LinkedHashSet<>(step.created());
        History history = new History(result.commits());
        String before = step.before().branches().get(rebase.branch());
        options.addAll(history.ancestors(before).stream().filter(label -> result.commits().get(label).step() <= step.number())
                .sorted((a, b) -> Integer.compare(result.commits().get(b).step(), result.commits().get(a).step())).toList());
        return new Question("q" + n, "git.quiz.newAfterRebase", List.of(String.valueOf(step.number()), rebase.branch()),
                limit(options, step.created()), new TreeSet<>(step.created()), true, "git.quiz.newAfterRebase.explain");
    }

    private static Question mergeMadeCommit(StepResult step, Command.Merge merge, int n) {
        return new Question("q" + n, "git.quiz.mergeMadeCommit", List.of(String.valueOf(step.number()), merge.from(), merge.into()),
                List.of(YES, NO), Set.of(step.created().isEmpty() ? NO : YES), false,
                step.created().isEmpty() ? "git.quiz.mergeMadeCommit.explainNo" : "git.quiz.mergeMadeCommit.explainYes");
    }

    private static Question firstParent(SimulationResult result, Commit made, Command.Merge merge, int n) {
        Set<String> options = new LinkedHashSet<>(made.parents());
        options.add(made.label());
        return new Question("q" + n, "git.quiz.firstParent", List.of(made.label(), merge.into()),
                new ArrayList<>(new TreeSet<>(options)), Set.of(made.firstParent()), false, "git.quiz.firstParent.explain");
    }

    private static Question conflictFiles(SimulationResult result, StepResult step, int n) {
        Set<String> options = new TreeSet<>();
        result.commits().values().forEach(commit -> options.addAll(commit.snapshot().files().keySet()));
        options.addAll(step.conflict().paths());
        return new Question("q" + n, "git.quiz.conflictFiles", List.of(String.valueOf(step.number())),
                limit(options, step.conflict().paths()), new TreeSet<>(step.conflict().paths()), true, "git.quiz.conflictFiles.explain");
    }

    private static Question mergeBase(SimulationResult result, StepResult step, Event base, int n) {
        String ours = base.args().get(0);
        String theirs = base.args().get(1);
        String answer = base.args().get(2);
        History history = new History(result.commits());
        Set<String> options = new LinkedHashSet<>();
        options.add(answer);
        options.add(ours);
        options.add(theirs);
        Commit parent = result.commits().get(answer);
        if (parent.firstParent() != null) {
            options.add(parent.firstParent());
        }
        history.ancestors(ours).stream().sorted().limit(MAX_OPTIONS).forEach(options::add);
        return new Question("q" + n, "git.quiz.mergeBase", List.of(String.valueOf(step.number()), ours, theirs),
                new ArrayList<>(new TreeSet<>(limit(options, List.of(answer)))), Set.of(answer), false, "git.quiz.mergeBase.explain");
    }

    /** At most {@link #MAX_OPTIONS} options, always keeping the correct ones, in a stable order. */
    private static List<String> limit(Set<String> options, List<String> keep) {
        Set<String> kept = new LinkedHashSet<>(keep);
        for (String option : options) {
            if (kept.size() >= Math.max(MAX_OPTIONS, keep.size())) {
                break;
            }
            kept.add(option);
        }
        return new ArrayList<>(new TreeSet<>(kept));
    }
}
