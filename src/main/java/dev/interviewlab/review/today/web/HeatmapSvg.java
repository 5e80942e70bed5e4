package dev.interviewlab.review.today.web;

import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.simulation.svg.Svg;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static dev.interviewlab.web.PostForms.escape;

/**
 * Draws the activity heatmap as inline SVG: a square per day, a column per week, Monday on top, shaded by
 * level ({@code hm-level-0} … {@code hm-level-4}, coloured by today.css for the light and dark themes). Each
 * square's title gives the date and count; the page's table says the same without SVG.
 *
 * <p>The grid (its size, the month and weekday labels, each square's place and date) is the same for every reader
 * on a given day and language: it is drawn once with {@link Svg} and kept ({@link Frame}), and a request writes
 * only its reader's description, counts and shades into it. The tooltips' words are kept per language and count.
 */
@Component
final class HeatmapSvg {

    static final int CELL = 11;
    static final int STEP = 13;
    static final int LEFT = 30;
    static final int TOP = 16;
    /** Stands for the date in a cell's tooltip, and for the description while the frame is drawn. */
    private static final String STAND_IN = "\u0001";
    /** Counts up to this have their tooltip words kept; a higher count (rare) formats its own. */
    private static final int KEPT_COUNTS = 200;
    /** Frames of this many (first day, today, language) at most: a day or two around the world, two languages. */
    private static final int KEPT_FRAMES = 16;

    // the messages do not change while the site runs, so neither kept frames nor tooltips go stale
    private final Map<FrameKey, Frame> frames = new ConcurrentHashMap<>();
    private final Map<TooltipKey, String[]> tooltips = new ConcurrentHashMap<>();
    private final MessageSource messages;

    HeatmapSvg(MessageSource messages) {
        this.messages = messages;
    }

    /** The reader's heatmap, as the buffer it was written in: the page copies it once, into its own. */
    CharSequence render(ActivityHeatmap heatmap, DailyActivity activity, Locale locale) {
        Frame frame = frame(heatmap, activity, locale);
        StringBuilder svg = new StringBuilder(frame.length).append(frame.head)
                .append(escape(messages.getMessage("today.heatmap.svgDesc", new Object[]{activity.total(),
                        activity.activeDays(), activity.firstShownDay().toString(), activity.today().toString(),
                        heatmap.goal()}, locale)))
                .append(frame.labels);
        int at = 0;
        for (ActivityHeatmap.Column column : heatmap.columns()) {
            for (ActivityHeatmap.Cell cell : column.cells()) {
                String[] tooltip = tooltip(cell.count(), locale);
                svg.append("<g class=\"hm-day\"><title>").append(tooltip[0]).append(frame.days[at]).append(tooltip[1])
                        .append(frame.cells[at]).append(cell.level()).append("\"/></g>");
                at++;
            }
        }
        return svg.append("</svg>");
    }

    /**
     * What is the same for every reader of a day: the {@code <svg>} start with its title up to the description,
     * the labels, and per square its date and its {@code </title><rect …class="hm-level-} up to the level.
     */
    private record Frame(String head, String labels, String[] days, String[] cells, int length) {
    }

    private record FrameKey(LocalDate first, LocalDate today, Locale locale) {
    }

    private record TooltipKey(int count, Locale locale) {
    }

    private Frame frame(ActivityHeatmap heatmap, DailyActivity activity, Locale locale) {
        FrameKey key = new FrameKey(activity.firstShownDay(), activity.today(), locale);
        Frame kept = frames.get(key);
        int squares = heatmap.columns().stream().mapToInt(column -> column.cells().size()).sum();
        if (kept != null && kept.days.length == squares) {
            return kept;
        }
        Frame drawn = draw(heatmap, locale);
        if (frames.size() >= KEPT_FRAMES) {
            frames.clear();
        }
        frames.put(key, drawn);
        return drawn;
    }

    private Frame draw(ActivityHeatmap heatmap, Locale locale) {
        int columns = heatmap.columns().size();
        Svg svg = Svg.of("activity-heatmap", LEFT + columns * STEP, TOP + 7 * STEP,
                messages.getMessage("today.heatmap.svgTitle", null, locale), STAND_IN);
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
        String drawn = svg.build();
        int standIn = drawn.indexOf(STAND_IN);
        String head = drawn.substring(0, standIn);
        String labels = drawn.substring(standIn + STAND_IN.length(), drawn.length() - "</svg>".length());
        List<String> days = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (ActivityHeatmap.Column column : heatmap.columns()) {
            for (ActivityHeatmap.Cell cell : column.cells()) {
                days.add(cell.day().toString());
                cells.add("</title><rect x=\"" + (LEFT + column.index() * STEP) + "\" y=\"" + (TOP + cell.row() * STEP)
                        + "\" width=\"" + CELL + "\" height=\"" + CELL + "\" class=\"hm-level-");
            }
        }
        // what a page's heatmap comes to, room for the description and the tooltips' words included, so it is built
        // in one buffer without growing
        int length = head.length() + labels.length() + 1024 + "</svg>".length()
                + days.stream().mapToInt(day -> day.length() + "<g class=\"hm-day\"><title>".length() + 40 + "\"/></g>".length()).sum()
                + cells.stream().mapToInt(String::length).sum();
        return new Frame(head, labels, days.toArray(String[]::new), cells.toArray(String[]::new), length);
    }

    /** A square's tooltip for a count, escaped, cut where the date goes: before it and after it. */
    private String[] tooltip(int count, Locale locale) {
        if (count > KEPT_COUNTS) {
            return formatTooltip(count, locale);
        }
        return tooltips.computeIfAbsent(new TooltipKey(count, locale), key -> formatTooltip(count, locale));
    }

    private String[] formatTooltip(int count, Locale locale) {
        String tooltip = escape(messages.getMessage("today.heatmap.cell", new Object[]{STAND_IN, count}, locale));
        int day = tooltip.indexOf(STAND_IN);
        return new String[]{tooltip.substring(0, day), tooltip.substring(day + STAND_IN.length())};
    }
}
