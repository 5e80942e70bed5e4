package dev.interviewlab.quiz.attempt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerWindowTest {

    private static final Instant DEADLINE = Instant.parse("2030-03-04T10:08:00Z");
    private final AnswerWindow window = new AnswerWindow(DEADLINE);

    @ParameterizedTest(name = "{0} s after the deadline: accepted {1}, time up {2}, overdue {3}")
    @CsvSource({
            "-480, true, false, false",  // at the start
            "-1, true, false, false",    // a second before
            "0, true, true, false",      // at the deadline
            "1, true, true, false",      // in the grace
            "5, true, true, false",      // the last moment of the grace
            "6, false, true, true",      // after the grace
            "3600, false, true, true"})
    void answersCountUntilDeadlinePlusGrace(long secondsAfterDeadline, boolean accepted, boolean timeUp, boolean overdue) {
        Instant now = DEADLINE.plusSeconds(secondsAfterDeadline);
        assertThat(AnswerWindow.GRACE).isEqualTo(Duration.ofSeconds(5));
        assertThat(window.accepts(now)).isEqualTo(accepted);
        assertThat(window.isTimeUp(now)).isEqualTo(timeUp);
        assertThat(window.isOverdue(now)).isEqualTo(overdue);
    }

    @Test
    void anAttemptClosedLateFinishesAtItsDeadline() {
        assertThat(window.finishTime(DEADLINE.minusSeconds(30))).isEqualTo(DEADLINE.minusSeconds(30));
        assertThat(window.finishTime(DEADLINE.plusSeconds(3))).isEqualTo(DEADLINE);
        assertThat(window.finishTime(DEADLINE.plus(Duration.ofDays(2)))).isEqualTo(DEADLINE);
    }

    @Test
    void remainingTimeNeverGoesNegative() {
        assertThat(window.remaining(DEADLINE.minusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(window.remaining(DEADLINE.plusSeconds(90))).isEqualTo(Duration.ZERO);
    }

    @Test
    void practiceHasNoDeadline() {
        AnswerWindow untimed = AnswerWindow.untimed();
        Instant farFuture = DEADLINE.plus(Duration.ofDays(365));
        assertThat(untimed.accepts(farFuture)).isTrue();
        assertThat(untimed.isOverdue(farFuture)).isFalse();
        assertThat(untimed.isTimeUp(farFuture)).isFalse();
        assertThat(untimed.finishTime(farFuture)).isEqualTo(farFuture);
        assertThat(untimed.remaining(farFuture)).isNull();
    }
}
