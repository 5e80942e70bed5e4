package dev.interviewlab.simulation.git.engine;

/** What to do with a stopped operation: finish it, drop the commit being applied (rebase only), or undo it. */
public enum ProceedAction {
    CONTINUE("--continue"),
    SKIP("--skip"),
    ABORT("--abort");

    private final String option;

    ProceedAction(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }
}
