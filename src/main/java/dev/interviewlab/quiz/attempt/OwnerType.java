package dev.interviewlab.quiz.attempt;

/** Who an attempt belongs to. */
public enum OwnerType {
    /** A guest's browser, known by the random learner id in its cookie. */
    BROWSER,
    /** A signed-in account, keyed by the account's id. */
    ACCOUNT
}
