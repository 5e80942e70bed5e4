package dev.interviewlab.review.fsrs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static dev.interviewlab.review.fsrs.Grade.AGAIN;
import static dev.interviewlab.review.fsrs.Grade.GOOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * FSRS-6 against the reference values of open-spaced-repetition's own tests: java-fsrs 1.0.0
 * (src/test/java/io/github/openspacedrepetition/FSRSTest.java: testReviewCard, testMemoState,
 * testRepeatedCorrectReviews and the learning-step tests), which py-fsrs 6's tests/test_basic.py shares.
 * The library itself is not on Maven Central as io.github.open-spaced-repetition:fsrs:1.0.0 (it does not
 * resolve), so its numbers stand in for it.
 */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler scheduler = FsrsScheduler.withDefaults();

    @Test
    void intervalsOfAGoodAndAgainHistoryMatchTheReference() {
        Grade[] grades = {GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD};
        CardSchedule card = CardSchedule.fresh(START);
        Instant at = START;
        List<Long> intervals = new ArrayList<>();
        for (Grade grade : grades) {
            card = scheduler.review(card, grade, at).after();
            intervals.add(ChronoUnit.DAYS.between(card.lastReview(), card.due()));
            at = card.due();
        }
        assertThat(intervals).containsExactly(0L, 4L, 14L, 45L, 135L, 372L, 0L, 0L, 2L, 5L, 10L, 20L, 40L);
    }

    @Test
    void memoryStateAfterALapseAndFiveRecallsMatchesTheReference() {
        Grade[] grades = {AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD};
        int[] daysBefore = {0, 0, 1, 3, 8, 21};
        CardSchedule card = CardSchedule.fresh(START);
        Instant at = START;
        for (int i = 0; i < grades.length; i++) {
            at = at.plus(Duration.ofDays(daysBefore[i]));
            card = scheduler.review(card, grades[i], at).after();
        }
        card = scheduler.review(card, GOOD, at).after();
        assertThat(card.stability()).isCloseTo(49.4472, within(0.0001));
        assertThat(card.difficulty()).isCloseTo(6.8271, within(0.0001));
    }

    @Test
    void easyAgainAndAgainBottomsOutAtDifficultyOne() {
        CardSchedule card = CardSchedule.fresh(START);
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, Grade.EASY, START.plusNanos(i * 1000L)).after();
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    /** The (re)learning steps, one review each, at the moment the card is due. */
    @ParameterizedTest(name = "{0} step {1}, {2} -> {3} step {4}, due in {5} s")
    @CsvSource(nullValues = "-", textBlock = """
            NEW,        0, AGAIN, LEARNING,   0,  60
            NEW,        0, HARD,  LEARNING,   0,  330
            NEW,        0, GOOD,  LEARNING,   1,  600
            NEW,        0, EASY,  REVIEW,     -,  -
            LEARNING,   1, AGAIN, LEARNING,   0,  60
            LEARNING,   1, HARD,  LEARNING,   1,  600
            LEARNING,   1, GOOD,  REVIEW,     -,  -
            REVIEW,     -, AGAIN, RELEARNING, 0,  600
            REVIEW,     -, HARD,  REVIEW,     -,  -
            RELEARNING, 0, AGAIN, RELEARNING, 0,  600
            RELEARNING, 0, HARD,  RELEARNING, 0,  900
            RELEARNING, 0, GOOD,  REVIEW,     -,  -
            RELEARNING, 0, EASY,  REVIEW,     -,  -
            """)
    void stepsMoveTheCardAsPublished(CardState state, Integer step, Grade grade, CardState expectedState,
                                     Integer expectedStep, Long dueInSeconds) {
        CardSchedule card = state == CardState.NEW ? CardSchedule.fresh(START)
                : new CardSchedule(state, step, 3.0, 5.0, START, START.minus(Duration.ofDays(2)));
        CardSchedule after = scheduler.review(card, grade, START).after();
        assertThat(after.state()).isEqualTo(expectedState);
        assertThat(after.step()).isEqualTo(expectedStep);
        assertThat(after.lastReview()).isEqualTo(START);
        if (dueInSeconds != null) {
            assertThat(Duration.between(START, after.due())).isEqualTo(Duration.ofSeconds(dueInSeconds));
        } else {
            assertThat(Duration.between(START, after.due()).toDays()).isBetween(1L, (long) FsrsScheduler.MAX_INTERVAL_DAYS);
        }
    }

    @Test
    void aFirstReviewTakesTheInitialStabilityOfItsGrade() {
        double[] w = FsrsParameters.DEFAULT.w();
        for (Grade grade : Grade.values()) {
            Review review = scheduler.review(CardSchedule.fresh(START), grade, START);
            assertThat(review.after().stability()).isEqualTo(w[grade.value() - 1]);
            assertThat(review.after().difficulty()).isCloseTo(Math.min(10, Math.max(1, w[4] - Math.exp(w[5] * (grade.value() - 1)) + 1)), within(1e-12));
            assertThat(review.elapsedDays()).isZero();
        }
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        CardSchedule card = new CardSchedule(CardState.REVIEW, null, 10.0, 5.0, START, START);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(10)))).isCloseTo(0.9, within(1e-12));
        assertThat(scheduler.retrievability(card, START)).isEqualTo(1.0);
        assertThat(scheduler.retrievability(CardSchedule.fresh(START), START)).isZero();
    }

    @ParameterizedTest
    // I(r, S) = S / factor · (r^(1/decay) − 1) with S = w2 = 3.2602, decay = −0.2, factor = 0.9^−5 − 1, worked by hand
    @CsvSource({"0.70, 23", "0.80, 10", "0.90, 3", "0.97, 1"})
    void higherRetentionMeansShorterIntervals(double retention, int firstGoodToReviewDays) {
        FsrsScheduler withRetention = new FsrsScheduler(FsrsParameters.DEFAULT, retention);
        assertThat(withRetention.intervalDays(FsrsParameters.DEFAULT.w()[2])).isEqualTo(firstGoodToReviewDays);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.69, 0.975, 0, 1, -0.9, Double.NaN})
    void retentionOutsideSeventyToNinetySevenPercentIsRejected(double retention) {
        assertThatThrownBy(() -> new FsrsScheduler(FsrsParameters.DEFAULT, retention))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("desired retention must be between 0.70 and 0.97");
    }

    @Test
    void aReviewDatedBeforeThePreviousOneCountsAsNoTimeElapsed() {
        CardSchedule card = new CardSchedule(CardState.REVIEW, null, 10.0, 5.0, START, START);
        Review review = scheduler.review(card, GOOD, START.minus(Duration.ofDays(3)));
        assertThat(review.elapsedDays()).isZero();
    }

    @ParameterizedTest(name = "{0} step {1} S {2} D {3}")
    @CsvSource(nullValues = "-", textBlock = """
            NEW,        0, 1.0, 5.0
            NEW,        -, -,   -
            LEARNING,   0, -,   -
            LEARNING,   -, 1.0, 5.0
            REVIEW,     0, 1.0, 5.0
            RELEARNING, 0, 1.0, -
            """)
    void inconsistentCardStatesAreRejected(CardState state, Integer step, Double stability, Double difficulty) {
        assertThatThrownBy(() -> new CardSchedule(state, step, stability, difficulty, START, START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersAreTwentyOneFiniteWeights() {
        assertThatThrownBy(() -> new FsrsParameters(new double[20])).hasMessageContaining("21 parameters");
        double[] w = FsrsParameters.DEFAULT.w();
        w[20] = 0;
        assertThatThrownBy(() -> new FsrsParameters(w)).hasMessageContaining("decay");
    }
}
