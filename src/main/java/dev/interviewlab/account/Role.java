package dev.interviewlab.account;

import java.util.Optional;

/** What an account may do; each role includes the ones before it (see {@link SecurityConfiguration#roleHierarchy()}). */
public enum Role {
    /** Takes quizzes and keeps private progress. Every new registration starts here. */
    LEARNER,
    /** Also creates, edits and deletes topics and quiz items, and imports notes. */
    EDITOR,
    /** Also manages accounts and may look at any learner's progress. */
    ADMIN;

    /** The role a form names in lower case ({@code learner}, …); empty for anything else. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
