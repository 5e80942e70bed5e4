package dev.interviewlab.review.today.web;

import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.simulation.svg.Svg;
import org.springframework.context.MessageSource;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
    /** Stands for the date in a cell's tooltip, formatted once per count and replaced by each day's date. */
    private static final String DAY = "\u0001";

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
        // one message lookup per distinct count instead of one per day (365 MessageFormat runs were a fifth of the page)
        Map<Integer, String> tooltips = new HashMap<>();
        for (ActivityHeatmap.Column column : heatmap.columns()) {
            for (ActivityHeatmap.Cell cell : column.cells()) {
                String tooltip = tooltips.computeIfAbsent(cell.count(),
                        count -> messages.getMessage("today.heatmap.cell", new Object[]{DAY, count}, locale));
                svg.group("hm-day", 0)
                        .tooltip(tooltip.replace(DAY, cell.day().toString()))
                        .rect(LEFT + column.index() * STEP, TOP + cell.row() * STEP, CELL, CELL, "hm-level-" + cell.level())
                        .end();
            }
        }
        return svg.build();
    }
}
