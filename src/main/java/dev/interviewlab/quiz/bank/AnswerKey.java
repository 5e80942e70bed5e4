package dev.interviewlab.quiz.bank;

import java.util.List;
import java.util.Set;

/** The correct answer of an item, by type. */
public sealed interface AnswerKey {

    /** The one correct option of a single-choice item. */
    record Single(String option) implements AnswerKey {
    }

    /** Every correct option of a multiple-choice item (at least one). */
    record Multiple(Set<String> options) implements AnswerKey {
        public Multiple {
            options = Set.copyOf(options);
        }
    }

    record TrueFalse(boolean value) implements AnswerKey {
    }

    /** Accepted answers of a fill-in item, as written in the file; compared after normalising. */
    record FillIn(List<String> accepted) implements AnswerKey {
        public FillIn {
            accepted = List.copyOf(accepted);
        }
    }

    /** The option keys in their correct order. */
    record Ordering(List<String> order) implements AnswerKey {
        public Ordering {
            order = List.copyOf(order);
        }
    }
}
