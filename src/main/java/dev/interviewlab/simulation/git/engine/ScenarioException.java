package dev.interviewlab.simulation.git.engine;

import java.util.List;

/** A scenario that cannot be run, with every problem found (see {@link StepProblem}). */
public class ScenarioException extends RuntimeException {

    private final transient List<StepProblem> problems;
    private final transient List<StepResult> stepsBefore;
    private final transient List<String> failingShell;

    public ScenarioException(List<StepProblem> problems) {
        this(problems, List.of(), List.of());
    }

    /**
     * @param stepsBefore  the commands that ran before the failing one
     * @param failingShell the real-git lines of the failing command, as far as they were written
     */
    public ScenarioException(List<StepProblem> problems, List<StepResult> stepsBefore, List<String> failingShell) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
        this.stepsBefore = List.copyOf(stepsBefore);
        this.failingShell = List.copyOf(failingShell);
    }

    public List<StepResult> stepsBefore() {
        return stepsBefore;
    }

    public List<String> failingShell() {
        return failingShell;
    }

    public List<StepProblem> problems() {
        return problems;
    }
}
