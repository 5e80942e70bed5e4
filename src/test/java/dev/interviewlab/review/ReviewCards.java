package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.fsrs.Review;

import java.time.Instant;

/** New and reviewed review cards for tests outside this package (browser tests, the Today page's). */
public final class ReviewCards {

    private ReviewCards() {
    }

    /** Reviews a card at {@code at} as the service does (the scheduler's new state, a log row); call in a transaction. */
    public static ReviewCard review(ReviewCardRepository cards, ReviewLogRepository log, ReviewCard card, Grade grade,
                                    Instant at, ReviewSource source) {
        Review review = FsrsScheduler.withDefaults().review(card.schedule(), grade, at);
        card.apply(review.after());
        ReviewCard saved = cards.save(card);
        log.save(new ReviewLogEntry(saved, review, source, null));
        return saved;
    }

    public static ReviewCard newCard(ReviewCardRepository cards, AttemptOwner owner, QuizItem item, Instant due) {
        return cards.save(new ReviewCard(owner, item, due));
    }
}
