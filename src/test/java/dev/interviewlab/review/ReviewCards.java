package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;

import java.time.Instant;

/** New review cards for tests outside this package (browser tests), due when they say. */
public final class ReviewCards {

    private ReviewCards() {
    }

    public static ReviewCard newCard(ReviewCardRepository cards, AttemptOwner owner, QuizItem item, Instant due) {
        return cards.save(new ReviewCard(owner, item, due));
    }
}
