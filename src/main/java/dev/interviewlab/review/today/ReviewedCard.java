package dev.interviewlab.review.today;

import dev.interviewlab.review.fsrs.CardSchedule;
import dev.interviewlab.review.fsrs.CardState;

import java.time.Instant;

/** A reviewed card's topic and memory state, read as values (no entity, no item loaded; {@link TodayReads}). */
public record ReviewedCard(String topicSlug, CardState state, Integer step, Double stability, Double difficulty,
                           Instant dueAt, Instant lastReviewAt) {

    WeakTopics.CardMemory memory() {
        return new WeakTopics.CardMemory(topicSlug, new CardSchedule(state, step, stability, difficulty, dueAt, lastReviewAt));
    }
}
