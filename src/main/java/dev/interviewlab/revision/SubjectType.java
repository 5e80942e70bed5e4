package dev.interviewlab.revision;

/** The kinds of content that keep a revision history. */
public enum SubjectType {
    /** A topic note; its key is the slug. */
    TOPIC,
    /** A quiz item; its key is the item key. */
    QUIZ_ITEM
}
