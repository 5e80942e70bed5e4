package dev.interviewlab.review.fsrs;

import java.time.Instant;

/**
 * One review: the card before and after it.
 *
 * @param elapsedDays whole days since the previous review (0 for a card's first review, and for a
 *                    review dated before the previous one)
 */
public record Review(CardSchedule before, Grade grade, Instant reviewedAt, int elapsedDays, CardSchedule after) {
}
