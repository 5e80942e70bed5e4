package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.ItemType;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A learner's answer to one question, by item type. Stored in one column ({@link #encode()}); option
 * keys are {@code [a-z][a-z0-9]*}, so a comma separates them safely.
 */
public sealed interface Response {

    /** Longest fill-in answer kept; a learner's typing beyond it is refused, never cut silently. */
    int MAX_TEXT = 500;

    String encode();

    record Choice(String option) implements Response {
        public Choice {
            Objects.requireNonNull(option);
        }

        public String encode() {
            return option;
        }
    }

    record Choices(SortedSet<String> options) implements Response {
        public Choices {
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a multiple-choice answer chooses at least one option");
            }
            options = new TreeSet<>(options);
        }

        public String encode() {
            return String.join(",", options);
        }
    }

    record Truth(boolean value) implements Response {
        public String encode() {
            return Boolean.toString(value);
        }
    }

    record Text(String text) implements Response {
        public Text {
            if (text.isBlank() || text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a fill-in answer has 1 to " + MAX_TEXT + " characters");
            }
        }

        public String encode() {
            return text;
        }
    }

    record Order(List<String> options) implements Response {
        public Order {
            options = List.copyOf(options);
        }

        public String encode() {
            return String.join(",", options);
        }
    }

    static Response decode(ItemType type, String encoded) {
        if (encoded == null) {
            return null;
        }
        return switch (type) {
            case SINGLE -> new Choice(encoded);
            case MULTIPLE -> new Choices(new TreeSet<>(Arrays.asList(encoded.split(","))));
            case TRUE_FALSE -> new Truth(Boolean.parseBoolean(encoded));
            case FILL_IN -> new Text(encoded);
            case ORDERING -> new Order(Arrays.asList(encoded.split(",")));
        };
    }
}
