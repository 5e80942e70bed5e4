package dev.interviewlab.review.web;

import dev.interviewlab.quiz.web.PageViews;

import java.time.Instant;
import java.util.List;

/** What the review session's pages show; built by {@link ReviewController} from {@link dev.interviewlab.review.ReviewSession}. */
final class ReviewPages {

    private ReviewPages() {
    }

    /**
     * A due card's question (no answer key).
     *
     * @param topic      the session's topic filter, or null
     * @param topicTitle the card's topic
     */
    record Question(long cardId, long version, String topic, String topicTitle, long dueCount, PageViews.Question question) {
    }

    /** An answered card: right or not, the answers and explanation, and the four grades to confirm one. */
    record Feedback(long cardId, long version, String topic, String topicTitle, boolean right, PageViews.ResultQuestion result,
                    List<GradeChoice> grades) {
    }

    /**
     * @param value     the form value (again, hard, good, easy)
     * @param key       the keyboard key that presses it, 1 to 4
     * @param suggested the grade the answer suggests, preselected
     */
    record GradeChoice(String value, int key, IntervalText interval, boolean suggested) {
    }

    /**
     * Nothing due now.
     *
     * @param nextDue when the next card is due, or null without any card
     */
    record NothingDue(String topic, String topicTitle, Instant nextDue) {
    }
}
