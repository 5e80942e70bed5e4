package dev.interviewlab.account;

/** What an account may do; each role includes the ones before it (see {@link SecurityConfiguration#roleHierarchy()}). */
public enum Role {
    /** Takes quizzes and keeps private progress. Every new registration starts here. */
    LEARNER,
    /** Also creates, edits and deletes topics and quiz items, and imports notes. */
    EDITOR,
    /** Also manages accounts and may look at any learner's progress. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
