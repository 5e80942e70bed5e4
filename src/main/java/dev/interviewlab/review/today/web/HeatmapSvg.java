package dev.interviewlab.review.today.web;

import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.simulation.svg.Svg;
import org.springframework.context.MessageSource;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Draws the activity heatmap as inline SVG: a square per day, a column per week, Monday on top, shaded by
 * level ({@code hm-level-0} … {@code hm-level-4}, coloured by today.css for the light and dark themes). Each
 * square's title gives the date and count; the page's table says the same without SVG.
 */
final class HeatmapSvg {

    static final int CELL = 11;
    static final int STEP = 13;
    static final int LEFT = 30;
    static final int TOP = 16;

    private HeatmapSvg() {
    }

    static String render(ActivityHeatmap heatmap, DailyActivity activity, MessageSource messages, Locale locale) {
        int columns = heatmap.columns().size();
        Svg svg = Svg.of("activity-heatmap", LEFT + columns * STEP, TOP + 7 * STEP,
                messages.getMessage("today.heatmap.svgTitle", null, locale),
                messages.getMessage("today.heatmap.svgDesc", new Object[]{activity.total(), activity.activeDays(),
                        activity.firstShownDay().toString(), activity.today().toString(), heatmap.goal()}, locale));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        svg.group("hm-labels", 0);
        for (ActivityHeatmap.MonthStart start : heatmap.months()) {
            // a month starting in the last column would be drawn past the right edge
            if (start.column() < columns - 1) {
                svg.text(LEFT + start.column() * STEP, TOP - 5, month.format(start.month()), "start", "hm-label");
            }
        }
        for (DayOfWeek day : new DayOfWeek[]{DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}) {
            svg.text(LEFT - 4, TOP + (day.getValue() - 1) * STEP + CELL - 1, day.getDisplayName(TextStyle.SHORT, locale),
                    "end", "hm-label");
        }
        svg.end();
        for (ActivityHeatmap.Column column : heatmap.columns()) {
            for (ActivityHeatmap.Cell cell : column.cells()) {
                svg.group("hm-day", 0)
                        .tooltip(messages.getMessage("today.heatmap.cell", new Object[]{cell.day().toString(), cell.count()}, locale))
                        .rect(LEFT + column.index() * STEP, TOP + cell.row() * STEP, CELL, CELL, "hm-level-" + cell.level())
                        .end();
            }
        }
        return svg.build();
    }
}
