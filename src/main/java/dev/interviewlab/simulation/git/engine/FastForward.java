package dev.interviewlab.simulation.git.engine;

/** The three fast-forward policies of {@code git merge}. */
public enum FastForward {
    /** git's default: move the branch if it can, otherwise make a merge commit. */
    ALLOW("--ff"),
    /** Always make a merge commit, even when a fast-forward is possible. */
    NEVER("--no-ff"),
    /** Only fast-forward; refuse (and change nothing) otherwise. */
    ONLY("--ff-only");

    private final String option;

    FastForward(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }
}
