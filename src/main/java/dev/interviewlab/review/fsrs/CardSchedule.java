package dev.interviewlab.review.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * A card's memory state and when it is next due.
 *
 * @param step       index into the learning or relearning steps; 0 when NEW, null in REVIEW
 * @param stability  days until retrievability falls to 90 %; null while NEW
 * @param difficulty 1 to 10; null while NEW
 * @param lastReview null while NEW
 */
public record CardSchedule(CardState state, Integer step, Double stability, Double difficulty, Instant due,
                           Instant lastReview) {

    public CardSchedule {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if ((state == CardState.NEW) != (stability == null) || (stability == null) != (difficulty == null)) {
            throw new IllegalArgumentException("a card has stability and difficulty exactly when it is not new");
        }
        if ((state == CardState.LEARNING || state == CardState.RELEARNING || state == CardState.NEW) != (step != null)) {
            throw new IllegalArgumentException("a card has a step exactly when it is new, learning or relearning");
        }
    }

    /** A card never reviewed, due at once. */
    public static CardSchedule fresh(Instant now) {
        return new CardSchedule(CardState.NEW, 0, null, null, now, null);
    }
}
