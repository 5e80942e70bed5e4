package dev.interviewlab.review.web;

import dev.interviewlab.review.plan.ReviewPlan;

import java.util.List;

/**
 * What {@code /review/plan} shows.
 *
 * @param plan     null without an interview date ahead
 * @param chartSvg the plan's chart, null without a plan
 */
record PlanPage(List<CategoryChoice> categories, String zone, ReviewPlan plan, String chartSvg, int finalDays,
                double finalRetention) {

    record CategoryChoice(String slug, String name, int items) {
    }
}
