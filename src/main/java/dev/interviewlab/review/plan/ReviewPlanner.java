package dev.interviewlab.review.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the days until an interview (plain Java; the caller reads the cards and the bank).
 * <ul>
 *   <li>Days run from today to the day before the interview, in the learner's zone (a DST day is still one day).</li>
 *   <li>Reviews: each card counts on the day it is due; a card due already counts today. An item the plan
 *       introduces comes back after the {@link FollowUpGaps} (assumed answered Good) and counts on those days too.</li>
 *   <li>New items: an item introduced on day d is seen on d, d + g1, d + g1 + g2, …; to be seen N times by the
 *       day before the interview it must come by {@code lastIntroductionDay}. The new items are spread evenly
 *       over today … that day, the earlier days taking the remainder.</li>
 *   <li>When no day fits (the interview is too close for N), every new item is introduced today and the plan
 *       says how many times they can be seen ({@link ReviewPlan#reachableExposures()}).</li>
 * </ul>
 */
public final class ReviewPlanner {

    private ReviewPlanner() {
    }

    public static ReviewPlan plan(PlanInput input) {
        LocalDate today = input.today();
        LocalDate lastDay = input.interview().minusDays(1);
        int dayCount = (int) ChronoUnit.DAYS.between(today, input.interview());
        int[] reviews = new int[dayCount];
        int[] introduced = new int[dayCount];

        for (Instant due : input.dueDates()) {
            long index = ChronoUnit.DAYS.between(today, due.atZone(input.zone()).toLocalDate());
            if (index < dayCount) {
                reviews[(int) Math.max(0, index)]++;
            }
        }

        int span = 0; // days from an item's first exposure to its N-th
        for (int i = 0; i < input.exposures() - 1; i++) {
            span += input.followUpGaps().get(i);
        }
        LocalDate lastIntroduction = lastDay.minusDays(span);
        boolean fits = !lastIntroduction.isBefore(today);
        int introductionDays = fits ? (int) ChronoUnit.DAYS.between(today, lastIntroduction) + 1 : 1;
        int base = input.newItems() / introductionDays;
        int remainder = input.newItems() % introductionDays;
        for (int day = 0; day < introductionDays; day++) {
            introduced[day] = base + (day < remainder ? 1 : 0);
        }

        for (int day = 0; day < introductionDays; day++) {
            if (introduced[day] == 0) {
                continue;
            }
            int at = day;
            for (int gap : input.followUpGaps()) {
                at += gap;
                if (at >= dayCount) {
                    break;
                }
                reviews[at] += introduced[day];
            }
        }

        List<ReviewPlan.PlanDay> days = new ArrayList<>(dayCount);
        for (int day = 0; day < dayCount; day++) {
            LocalDate date = today.plusDays(day);
            days.add(new ReviewPlan.PlanDay(date, reviews[day], introduced[day],
                    InterviewRetention.target(input.retention(), input.interview(), date)));
        }
        return new ReviewPlan(today, input.interview(), input.exposures(), fits, fits ? lastIntroduction : null,
                reachable(input.followUpGaps(), dayCount), input.newItems(), days);
    }

    /** Exposures of an item introduced today that fall before the interview (at most the gaps given + 1). */
    private static int reachable(List<Integer> gaps, int dayCount) {
        int exposures = 1;
        int at = 0;
        for (int gap : gaps) {
            at += gap;
            if (at >= dayCount) {
                break;
            }
            exposures++;
        }
        return exposures;
    }
}
