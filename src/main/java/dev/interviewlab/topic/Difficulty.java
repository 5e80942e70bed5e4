package dev.interviewlab.topic;

import java.util.Locale;

public enum Difficulty {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /** Parses {@code beginner}, {@code Intermediate}, … ; the message names the accepted values. */
    public static Difficulty parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "difficulty must be one of beginner, intermediate, advanced, not '" + value + "'");
        }
    }

    public String messageKey() {
        return "difficulty." + name().toLowerCase(Locale.ROOT);
    }
}
