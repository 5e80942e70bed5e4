package dev.interviewlab.review.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A day-by-day plan from today to the day before the interview.
 *
 * @param fits                   whether every new item can be seen N times before the interview
 * @param lastIntroductionDay    the last day a new item can be introduced and still be seen N times by the day
 *                               before the interview; null when no day can (the plan does not fit)
 * @param reachableExposures     how many times an item introduced today can be seen before the interview
 * @param newItems               the new items the plan introduces (all of them, fitting or not)
 */
public record ReviewPlan(LocalDate today, LocalDate interview, int exposures, boolean fits, LocalDate lastIntroductionDay,
                         int reachableExposures, int newItems, List<PlanDay> days) {

    public ReviewPlan {
        days = List.copyOf(days);
    }

    /**
     * @param reviews   cards due that day (existing cards by their due dates, and the follow-ups of items the plan
     *                  introduced earlier, assumed answered Good)
     * @param newItems  items to see for the first time that day
     * @param retention the scheduler's target that day ({@link InterviewRetention})
     */
    public record PlanDay(LocalDate date, int reviews, int newItems, double retention) {

        public int total() {
            return reviews + newItems;
        }
    }

    public int maxTotal() {
        return days.stream().mapToInt(PlanDay::total).max().orElse(0);
    }

    public int totalReviews() {
        return days.stream().mapToInt(PlanDay::reviews).sum();
    }
}
