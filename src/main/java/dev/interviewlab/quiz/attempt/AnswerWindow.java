package dev.interviewlab.quiz.attempt;

import java.time.Duration;
import java.time.Instant;

/**
 * When a timed attempt takes answers. The server owns the deadline (start + limit, persisted).
 * An answer is accepted up to {@link #GRACE} after it, for answers already on their way when time
 * ran out (the page's last autosave, a slow network); later answers are refused and not counted.
 * An attempt still open after deadline + grace is overdue and is closed on its next access or by
 * the sweep; whoever closes it, its finish time is the deadline, never later.
 *
 * @param deadline null for untimed practice, which never closes by itself
 */
public record AnswerWindow(Instant deadline) {

    /** Documented in docs/quizzes.md and shown on the quiz page. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    public static AnswerWindow untimed() {
        return new AnswerWindow(null);
    }

    public boolean isTimed() {
        return deadline != null;
    }

    /** Answers at or before deadline + grace count. */
    public boolean accepts(Instant now) {
        return deadline == null || !now.isAfter(deadline.plus(GRACE));
    }

    /** Past deadline + grace: the attempt must be closed. */
    public boolean isOverdue(Instant now) {
        return !accepts(now);
    }

    /** Time is up (the page stops and submits), though answers in flight are still accepted for the grace. */
    public boolean isTimeUp(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    /** The finish time of an attempt closed now: now, but never later than the deadline. */
    public Instant finishTime(Instant now) {
        return deadline != null && now.isAfter(deadline) ? deadline : now;
    }

    /** Time left before the deadline, never negative; null when untimed. */
    public Duration remaining(Instant now) {
        if (deadline == null) {
            return null;
        }
        Duration left = Duration.between(now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
