package dev.interviewlab.review.web;

import dev.interviewlab.review.plan.ReviewPlan;
import dev.interviewlab.simulation.svg.Svg;

import java.time.format.DateTimeFormatter;

/**
 * The interview plan as a stacked bar chart: per day, reviews (bottom) and new items (on top), today on the
 * left. Drawn on the server, styled by classes in review.css (no inline style: CSP); the page repeats the
 * numbers in a table.
 */
final class PlanChart {

    static final double WIDTH = 640;
    static final double LEFT = 44;
    static final double RIGHT = 12;
    static final double TOP = 12;
    static final double PLOT_HEIGHT = 180;
    static final double AXIS_SPACE = 28;
    static final double LEGEND = 22;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private PlanChart() {
    }

    /** @param reviewsLabel and {@code newLabel} the legend's words, in the reader's language */
    static String draw(ReviewPlan plan, String title, String description, String reviewsLabel, String newLabel) {
        double height = TOP + PLOT_HEIGHT + AXIS_SPACE + LEGEND;
        Svg svg = Svg.of("review-plan-chart", WIDTH, height, title, description);
        int days = plan.days().size();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double slot = plotWidth / days;
        double bar = Math.max(1, slot * (days > 60 ? 1 : 0.75));
        int top = niceMax(plan.maxTotal());
        double bottom = TOP + PLOT_HEIGHT;

        svg.group("axis", 0);
        for (int tick = 0; tick <= 4; tick++) {
            int value = top * tick / 4;
            double y = bottom - PLOT_HEIGHT * value / top;
            svg.line(LEFT, y, WIDTH - RIGHT, y, tick == 0 ? "axis-line" : "grid-line");
            svg.text(LEFT - 6, y + 4, Integer.toString(value), "end", "axis-label");
        }
        int labelEvery = Math.max(1, (int) Math.ceil(days / 8.0));
        for (int day = 0; day < days; day += labelEvery) {
            svg.text(LEFT + slot * (day + 0.5), bottom + 16, DAY.format(plan.days().get(day).date()), "middle", "axis-label");
        }
        svg.end();

        for (int day = 0; day < days; day++) {
            ReviewPlan.PlanDay planDay = plan.days().get(day);
            double x = LEFT + slot * day + (slot - bar) / 2;
            double reviews = PLOT_HEIGHT * planDay.reviews() / top;
            double added = PLOT_HEIGHT * planDay.newItems() / top;
            svg.group("plan-day", 0).tooltip(planDay.date() + ": " + reviewsLabel + " " + planDay.reviews() + ", "
                    + newLabel + " " + planDay.newItems());
            if (planDay.reviews() > 0) {
                svg.rect(x, bottom - reviews, bar, reviews, "bar-reviews");
            }
            if (planDay.newItems() > 0) {
                svg.rect(x, bottom - reviews - added, bar, added, "bar-new");
            }
            svg.end();
        }

        double legendY = bottom + AXIS_SPACE + 6;
        svg.group("legend", 0);
        svg.rect(LEFT, legendY - 9, 12, 12, "bar-reviews");
        svg.text(LEFT + 18, legendY + 1, reviewsLabel, "start", "legend-label");
        svg.rect(LEFT + 160, legendY - 9, 12, 12, "bar-new");
        svg.text(LEFT + 178, legendY + 1, newLabel, "start", "legend-label");
        svg.end();
        return svg.build();
    }

    /** The y axis' top: the largest day rounded up to a multiple of 4 (so the four grid steps are whole), at least 4. */
    static int niceMax(int max) {
        int step = 1;
        while (max > step * 4 * 10) {
            step *= 10;
        }
        int top = Math.max(4, max);
        int unit = step * 4;
        return (top + unit - 1) / unit * unit;
    }
}
