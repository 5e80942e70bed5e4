package dev.interviewlab.review.today;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForgivingStreakTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    /** @param perDay reviews per day, the last entry today, the one before yesterday, … */
    private static DailyActivity days(int... perDay) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < perDay.length; i++) {
            LocalDate day = TODAY.minusDays(perDay.length - 1 - i);
            for (int n = 0; n < perDay[i]; n++) {
                times.add(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
            }
        }
        return DailyActivity.of(times, ZoneOffset.UTC, TODAY);
    }

    @Test
    void noReviewsNoStreak() {
        ForgivingStreak streak = ForgivingStreak.of(days(), 10);
        assertThat(streak.days()).isZero();
        assertThat(streak.sevenDayAverage()).isZero();
        assertThat(streak.reviewsToKeepPace()).isEqualTo(70);
    }

    @Test
    void aDayOffIsAllowedWhenTheWeekMakesUpForIt() {
        // goal 10, 15 a day with yesterday off: the 7-day sums from the fifth day on are 75, 90, 105, 90, 90
        ForgivingStreak streak = ForgivingStreak.of(days(15, 15, 15, 15, 15, 15, 15, 0, 15), 10);
        assertThat(streak.days()).isEqualTo(5);
        assertThat(streak.todayKeepsPace()).isTrue();
        assertThat(streak.weekTotal()).isEqualTo(90);
        assertThat(streak.sevenDayAverage()).isCloseTo(90 / 7.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theStreakBreaksWhenTheAverageFallsBelowTheGoal() {
        // the 7 days ending on the third day from the end average 60/7 < 10: the streak restarts after it
        ForgivingStreak streak = ForgivingStreak.of(days(10, 10, 10, 10, 10, 10, 10, 0, 0, 30, 20), 10);
        // sums ending on each day from the 7th: 70, 60, 50, 70, 80 → today and yesterday keep the pace
        assertThat(streak.days()).isEqualTo(2);
    }

    @Test
    void whileTodayIsOpenTheStreakEndsYesterday() {
        // 7 days of 10 up to yesterday, nothing yet today: today's week sums 60 < 70
        ForgivingStreak streak = ForgivingStreak.of(days(10, 10, 10, 10, 10, 10, 10, 0), 10);
        assertThat(streak.todayKeepsPace()).isFalse();
        assertThat(streak.days()).as("yesterday's run still stands").isEqualTo(1);
        assertThat(streak.reviewsToKeepPace()).isEqualTo(10);
    }

    @Test
    void twoDaysBelowTodayAndYesterdayEndTheStreak() {
        ForgivingStreak streak = ForgivingStreak.of(days(10, 10, 10, 10, 10, 10, 10, 0, 0), 10);
        assertThat(streak.days()).isZero();
    }

    @ParameterizedTest(name = "{0} reviews a day for a long time, goal {1}: streak {2}")
    @CsvSource({"10, 10, 365", "9, 10, 0", "1, 1, 365", "500, 500, 365"})
    void aSteadyPaceKeepsTheStreakForTheWholeYear(int perDay, int goal, int expected) {
        int[] year = new int[DailyActivity.DAYS + DailyActivity.LEAD_DAYS];
        java.util.Arrays.fill(year, perDay);
        assertThat(ForgivingStreak.of(days(year), goal).days()).isEqualTo(expected);
    }

    @Test
    void theRunStartsOnTheFirstDayWhoseWeekMeetsTheGoal() {
        // 70 reviews in one day, six days ago: the 7 days ending on it and on each day since sum to 70
        ForgivingStreak streak = ForgivingStreak.of(days(70, 0, 0, 0, 0, 0, 0), 10);
        assertThat(streak.days()).isEqualTo(7);
        // a day later it has left today's week; the run still ends yesterday while today is open
        assertThat(ForgivingStreak.of(days(70, 0, 0, 0, 0, 0, 0, 0), 10).days()).isEqualTo(7);
        // a day after that, yesterday's week lacks it too
        assertThat(ForgivingStreak.of(days(70, 0, 0, 0, 0, 0, 0, 0, 0), 10).days()).isZero();
    }
}
