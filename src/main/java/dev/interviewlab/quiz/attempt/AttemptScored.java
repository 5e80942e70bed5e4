package dev.interviewlab.quiz.attempt;

import java.time.Instant;
import java.util.List;

/**
 * Published when an attempt is scored (submitted, out of time, or closed by the sweep), inside the
 * transaction that scores it: a listener's work commits or rolls back with the scoring. An attempt
 * is scored once ({@link Attempt#finish}), so this is published once per attempt.
 *
 * @param attemptId the attempt's database id
 * @param answered  the answered questions; the unanswered ones are left out
 */
public record AttemptScored(AttemptOwner owner, long attemptId, Instant finishedAt, List<AnsweredItem> answered) {

    /** @param pointsMillis out of {@link Scoring#FULL} */
    public record AnsweredItem(long itemId, int pointsMillis) {

        public boolean fullPoints() {
            return pointsMillis >= Scoring.FULL;
        }
    }

    static AttemptScored of(Attempt attempt) {
        return new AttemptScored(attempt.getOwner(), attempt.getId(), attempt.getFinishedAt(),
                attempt.getQuestions().stream().filter(AttemptQuestion::isAnswered)
                        .map(question -> new AnsweredItem(question.getItem().getId(), question.getPointsMillis()))
                        .toList());
    }
}
