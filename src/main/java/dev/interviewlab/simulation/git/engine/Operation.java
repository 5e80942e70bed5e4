package dev.interviewlab.simulation.git.engine;

/** A command that can stop on a conflict and wait for the learner to resolve it. */
public enum Operation {
    MERGE("merge"),
    REBASE("rebase"),
    CHERRY_PICK("cherry-pick"),
    REVERT("revert");

    private final String verb;

    Operation(String verb) {
        this.verb = verb;
    }

    /** The git subcommand: merge, rebase, cherry-pick, revert. */
    public String verb() {
        return verb;
    }
}
