package dev.interviewlab.simulation.git.engine;

/** How a commit came to be; decides its label (E, M2, E', !E) and how the graph draws it. */
public enum CommitOrigin {
    /** Written by the scenario with {@code git commit}; keeps the id the learner gave it. */
    SCENARIO,
    /** A merge commit: M, M2, M3, … in the order they were made. */
    MERGE,
    /** A copy made by {@code git rebase}: E' for E. */
    REBASE,
    /** A copy made by {@code git cherry-pick}: E' for E. */
    CHERRY_PICK,
    /** The inverse of a commit, made by {@code git revert}: !E for E. */
    REVERT
}
