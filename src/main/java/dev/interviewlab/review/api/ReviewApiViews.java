package dev.interviewlab.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The review API's JSON shapes (records; field names are the API). */
final class ReviewApiViews {

    private ReviewApiViews() {
    }

    /**
     * {@code GET /api/review/next}: the soonest due card, or none.
     *
     * @param card      null when nothing is due
     * @param nextDueAt when nothing is due: when the next card is (null without cards)
     */
    record Next(long dueCount, Card card, Instant nextDueAt) {
    }

    /** A due card's question: no answer key, no explanation. Texts are safe HTML. */
    record Card(long id, long version, String item, String type, String topic, String prompt, List<Option> options,
                Links links) {
    }

    record Option(String id, String text) {
    }

    record Links(String answer, String grade) {
    }

    /**
     * An answer checked: nothing stored until a grade is posted.
     *
     * @param suggestedGrade the grade the answer suggests (good when right, else again)
     * @param intervals      seconds until the card is due again, per grade
     */
    record Feedback(long cardId, long version, boolean right, double points, Object answer, Object correctAnswer,
                    String explanation, String suggestedGrade, Map<String, Long> intervals) {
    }

    /** A graded card; {@code version} is the one the next answer or grade must name. */
    record Graded(long cardId, long version, String grade, String state, Instant dueAt) {
    }

    /** @param interviewDate null without a plan */
    record Preferences(double desiredRetention, LocalDate interviewDate, List<String> categories, int exposures,
                       String zone) {
    }

    record Plan(LocalDate today, LocalDate interviewDate, String zone, int exposures, boolean fits,
                LocalDate lastIntroductionDay, int reachableExposures, int newItems, int totalReviews, List<PlanDay> days) {
    }

    record PlanDay(LocalDate date, int reviews, int newItems, int total, double retention) {
    }
}
