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

    /** The operation a step left open when it stopped on a conflict: the command's own, or the one a --continue or --skip went on with. */
    public static Operation stoppedBy(Command command) {
        if (command instanceof Command.Proceed proceed) {
            return proceed.operation();
        } else if (command instanceof Command.Merge) {
            return MERGE;
        } else if (command instanceof Command.Rebase) {
            return REBASE;
        } else if (command instanceof Command.CherryPick) {
            return CHERRY_PICK;
        } else if (command instanceof Command.Revert) {
            return REVERT;
        }
        throw new IllegalArgumentException("no conflict can stop " + command.kind());
    }

    /** The git subcommand: merge, rebase, cherry-pick, revert. */
    public String verb() {
        return verb;
    }
}
