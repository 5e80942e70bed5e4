package dev.interviewlab.simulation.git.engine;

/** How one conflicted file is resolved before {@code git add}. */
public enum Resolution {
    /** {@code git checkout --ours}: the file as HEAD has it (stage 2); deleted when HEAD has none. */
    OURS,
    /** {@code git checkout --theirs}: the file as the commit being applied has it (stage 3). */
    THEIRS,
    /** The learner's own merged text. */
    TEXT,
    /** {@code git rm}: the file goes. */
    DELETE
}
