package dev.interviewlab.quiz.bank;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of quiz item; {@link #code()} is how item files spell them (db/content/quiz/README.md). */
public enum ItemType {
    SINGLE("single", true),
    MULTIPLE("multiple", true),
    TRUE_FALSE("true-false", false),
    FILL_IN("fill-in", false),
    ORDERING("ordering", true);

    private final String code;
    private final boolean hasOptions;

    ItemType(String code, boolean hasOptions) {
        this.code = code;
        this.hasOptions = hasOptions;
    }

    public String code() {
        return code;
    }

    /** Single, multiple and ordering items list options; true-false and fill-in items have none. */
    public boolean hasOptions() {
        return hasOptions;
    }

    public String messageKey() {
        return "quiz.type." + code;
    }

    public static ItemType parse(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type must be one of "
                        + Arrays.stream(values()).map(ItemType::code).toList() + ", not '" + code + "'"));
    }

    @Override
    public String toString() {
        return code.toUpperCase(Locale.ROOT);
    }
}
