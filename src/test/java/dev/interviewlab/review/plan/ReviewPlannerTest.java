package dev.interviewlab.review.plan;

import dev.interviewlab.review.fsrs.FsrsScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewPlannerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final List<Integer> GAPS = List.of(3, 8, 20, 50, 120);

    private static PlanInput input(LocalDate interview, List<Instant> due, int newItems, int exposures) {
        return new PlanInput(NOW, ZoneOffset.UTC, interview, due, newItems, exposures, GAPS, 0.90);
    }

    @Test
    void anInterviewTomorrowIsADayOfPlanAndEveryNewItemComesToday() {
        ReviewPlan plan = ReviewPlanner.plan(input(TODAY.plusDays(1), List.of(NOW.minusSeconds(86_400), NOW.plusSeconds(3600)), 7, 1));

        assertThat(plan.days()).extracting(ReviewPlan.PlanDay::date).containsExactly(TODAY);
        assertThat(plan.days().get(0).reviews()).isEqualTo(2); // the overdue card and the one due later today
        assertThat(plan.days().get(0).newItems()).isEqualTo(7);
        assertThat(plan.fits()).isTrue();
        assertThat(plan.lastIntroductionDay()).isEqualTo(TODAY);
        // the final days' raise: tomorrow's interview puts today among them
        assertThat(plan.days().get(0).retention()).isEqualTo(0.95);
    }

    @Test
    void whenNTimesCannotFitEveryNewItemComesTodayAndThePlanSaysHowManyTimesFit() {
        // 3 exposures need 3 + 8 = 11 days after the first; the interview is in 6
        ReviewPlan plan = ReviewPlanner.plan(input(TODAY.plusDays(6), List.of(), 40, 3));

        assertThat(plan.fits()).isFalse();
        assertThat(plan.lastIntroductionDay()).isNull();
        assertThat(plan.reachableExposures()).isEqualTo(2);
        assertThat(plan.days()).hasSize(6);
        assertThat(plan.days().get(0).newItems()).isEqualTo(40);
        assertThat(plan.days().stream().skip(1).mapToInt(ReviewPlan.PlanDay::newItems).sum()).isZero();
        assertThat(plan.days().get(3).reviews()).isEqualTo(40); // their follow-up three days later
    }

    @Test
    void zeroCategoriesPlanOnlyTheReviewsDue() {
        ReviewPlan plan = ReviewPlanner.plan(input(TODAY.plusDays(10), List.of(NOW.plusSeconds(2 * 86_400)), 0, 2));

        assertThat(plan.newItems()).isZero();
        assertThat(plan.days()).allMatch(day -> day.newItems() == 0);
        assertThat(plan.totalReviews()).isEqualTo(1);
        assertThat(plan.days().get(2).reviews()).isEqualTo(1);
    }

    @Test
    void newItemsAreSpreadEvenlyUntilTheLastDayThatStillFitsNExposures() {
        // 30 days; N = 2 needs a 3-day follow-up by the day before: last introduction = interview − 1 − 3
        ReviewPlan plan = ReviewPlanner.plan(input(TODAY.plusDays(30), List.of(), 53, 2));

        assertThat(plan.fits()).isTrue();
        assertThat(plan.lastIntroductionDay()).isEqualTo(TODAY.plusDays(26));
        List<Integer> perDay = plan.days().stream().map(ReviewPlan.PlanDay::newItems).toList();
        assertThat(perDay.subList(0, 27)).allMatch(count -> count == 1 || count == 2);
        assertThat(perDay.subList(27, 30)).containsOnly(0);
        assertThat(perDay.stream().mapToInt(Integer::intValue).sum()).isEqualTo(53);
        assertThat(perDay.get(0)).isGreaterThanOrEqualTo(perDay.get(26)); // the remainder goes first
    }

    @Test
    void onADstChangeDayCardsFallOnTheLocalDayTheyAreDueIn() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant now = Instant.parse("2027-03-27T10:00:00Z"); // Saturday; clocks go forward on Sunday 28 March
        Instant lateSunday = Instant.parse("2027-03-28T21:30:00Z"); // 23:30 CEST on the 23-hour day
        Instant earlyMonday = Instant.parse("2027-03-28T22:30:00Z"); // 00:30 CEST Monday
        ReviewPlan plan = ReviewPlanner.plan(new PlanInput(now, berlin, LocalDate.of(2027, 4, 1),
                List.of(lateSunday, earlyMonday), 0, 1, GAPS, 0.90));

        assertThat(plan.days()).extracting(ReviewPlan.PlanDay::date).containsExactly(LocalDate.of(2027, 3, 27),
                LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 30), LocalDate.of(2027, 3, 31));
        assertThat(plan.days()).extracting(ReviewPlan.PlanDay::reviews).containsExactly(0, 1, 1, 0, 0);
    }

    @Test
    void cardsDueOnOrAfterTheInterviewAreNotInThePlan() {
        ReviewPlan plan = ReviewPlanner.plan(input(TODAY.plusDays(2), List.of(Instant.parse("2026-12-08T00:00:00Z")), 0, 1));

        assertThat(plan.totalReviews()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "366, 1", "10, 0", "10, 6"})
    void outOfBoundsInputIsRefused(int daysAhead, int exposures) {
        assertThatThrownBy(() -> input(TODAY.plusDays(daysAhead), List.of(), 0, exposures))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFinalSevenDaysAimAtLeastAt95PercentAndNotBefore() {
        LocalDate interview = TODAY.plusDays(20);
        assertThat(InterviewRetention.target(0.85, interview, interview.minusDays(8))).isEqualTo(0.85);
        assertThat(InterviewRetention.target(0.85, interview, interview.minusDays(7))).isEqualTo(0.95);
        assertThat(InterviewRetention.target(0.97, interview, interview.minusDays(1))).isEqualTo(0.97);
        assertThat(InterviewRetention.target(0.85, interview, interview)).isEqualTo(0.95);
        assertThat(InterviewRetention.target(0.85, interview, interview.plusDays(1))).isEqualTo(0.85);
        assertThat(InterviewRetention.target(0.85, null, TODAY)).isEqualTo(0.85);
    }

    @Test
    void followUpGapsAreTheSchedulersGoodIntervalsAndLongerAtLowerRetention() {
        List<Integer> at90 = FollowUpGaps.of(FsrsScheduler.withDefaults(), 4);
        List<Integer> at80 = FollowUpGaps.of(FsrsScheduler.withDefaults().withRetention(0.80), 4);

        assertThat(at90).hasSize(4).allMatch(gap -> gap >= 1);
        // Good, Good 10 min later (same-day stability rise from 3.26 d), graduating to 4 days at 90 %
        assertThat(at90.get(0)).isEqualTo(4);
        assertThat(at90).isSortedAccordingTo(Integer::compare);
        assertThat(at80.get(3)).isGreaterThan(at90.get(3));
    }
}
