package dev.interviewlab.quiz.attempt;

/** Who an attempt belongs to. */
public enum OwnerType {
    /** A browser, known by the random learner id in its cookie; the only kind until accounts exist. */
    BROWSER,
    /** A user account, keyed by the account's id; for when accounts exist. */
    ACCOUNT
}
