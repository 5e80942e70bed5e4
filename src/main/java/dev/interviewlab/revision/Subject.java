package dev.interviewlab.revision;

import java.util.Objects;

/**
 * One thing with a history: a topic by its slug, a quiz item by its key. The key outlives the
 * database row, so the history of a deleted subject is still there when it is restored or
 * created again under the same key.
 */
public record Subject(SubjectType type, String key) {

    /** The {@code subject_key} column's width. */
    public static final int MAX_KEY_LENGTH = 160;

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a subject key has 1 to " + MAX_KEY_LENGTH + " characters: " + key);
        }
    }

    public static Subject topic(String slug) {
        return new Subject(SubjectType.TOPIC, slug);
    }

    public static Subject quizItem(String key) {
        return new Subject(SubjectType.QUIZ_ITEM, key);
    }
}
