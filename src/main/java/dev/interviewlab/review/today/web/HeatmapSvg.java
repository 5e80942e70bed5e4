package dev.interviewlab.review.today.web;

import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.simulation.svg.Svg;
import dev.interviewlab.web.EscapedMessages;
import dev.interviewlab.web.Utf8Html;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
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
    private static final byte[] SQUARE_START = utf8("<g class=\"hm-day\"><title>");
    private static final byte[] SVG_END = utf8("</svg>");
    /** A square's end after its level's digit: {@code LEVELS[level]}. */
    private static final byte[][] LEVELS = new byte[ActivityHeatmap.LEVELS][];

    static {
        for (int level = 0; level < LEVELS.length; level++) {
            LEVELS[level] = utf8(level + "\"/></g>");
        }
    }

    // the messages do not change while the site runs, so neither kept frames nor tooltips go stale
    private final Map<FrameKey, Frame> frames = new ConcurrentHashMap<>();
    private final Map<TooltipKey, byte[][]> tooltips = new ConcurrentHashMap<>();
    private final MessageSource messages;
    private final EscapedMessages escapedMessages;

    HeatmapSvg(MessageSource messages, EscapedMessages escapedMessages) {
        this.messages = messages;
        this.escapedMessages = escapedMessages;
    }

    /** The reader's heatmap, to be written into the page's main part ({@link Drawing#writeTo}). */
    Drawing render(ActivityHeatmap heatmap, DailyActivity activity, Locale locale) {
        return new Drawing(heatmap, frame(heatmap, activity, locale),
                escapedMessages.get(activity.total() == 0 ? "today.heatmap.svgDescNone" : "today.heatmap.svgDesc", locale,
                        activity.total(), activity.activeDays(),
                        activity.firstShownDay().toString(), activity.today().toString(), heatmap.goal()), locale);
    }

    /**
     * One reader's heatmap, ready to be written as UTF-8 into the part that shows it, so its 40-odd KB are written
     * once, in place, rather than built apart and copied in.
     */
    final class Drawing {

        private final ActivityHeatmap heatmap;
        private final Frame frame;
        private final String description;
        private final Locale locale;

        private Drawing(ActivityHeatmap heatmap, Frame frame, String description, Locale locale) {
            this.heatmap = heatmap;
            this.frame = frame;
            this.description = description;
            this.locale = locale;
        }

        /** About how many bytes {@link #writeTo} writes, room for the description and tooltips included. */
        int length() {
            return frame.length;
        }

        void writeTo(Utf8Html svg) {
            svg.append(frame.head).append(description).append(frame.labels);
            for (int square = 0; square < heatmap.squares(); square++) {
                int count = heatmap.count(square);
                if (count == 0) {
                    svg.append(frame.empty[square]);
                } else {
                    byte[][] tooltip = tooltip(count, locale);
                    svg.append(SQUARE_START).append(tooltip[0]).append(frame.days[square]).append(tooltip[1])
                            .append(frame.cells[square]).append(LEVELS[heatmap.level(square)]);
                }
            }
            svg.append(SVG_END);
        }

        /** The SVG as text (the template's {@code th:utext}, tests). */
        @Override
        public String toString() {
            Utf8Html svg = new Utf8Html(length());
            writeTo(svg);
            return svg.toString();
        }
    }

    /**
     * What is the same for every reader of a day, as UTF-8: the {@code <svg>} start with its title up to the
     * description, the labels, and per square its date, its {@code </title><rect …class="hm-level-} up to the level,
     * and the whole square as it is for a day without reviews (most of a year's squares).
     */
    private record Frame(byte[] head, byte[] labels, byte[][] days, byte[][] cells, byte[][] empty, int length) {
    }

    private record FrameKey(LocalDate first, LocalDate today, Locale locale) {
    }

    private record TooltipKey(int count, Locale locale) {
    }

    private Frame frame(ActivityHeatmap heatmap, DailyActivity activity, Locale locale) {
        FrameKey key = new FrameKey(activity.firstShownDay(), activity.today(), locale);
        Frame kept = frames.get(key);
        if (kept != null && kept.days.length == heatmap.squares()) {
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
        ActivityHeatmap.Grid grid = heatmap.grid();
        int columns = grid.columns();
        Svg svg = Svg.of("activity-heatmap", LEFT + columns * STEP, TOP + 7 * STEP,
                messages.getMessage("today.heatmap.svgTitle", null, locale), STAND_IN);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        svg.group("hm-labels", 0);
        for (ActivityHeatmap.MonthStart start : grid.months()) {
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
        byte[] head = utf8(drawn.substring(0, standIn));
        byte[] labels = utf8(drawn.substring(standIn + STAND_IN.length(), drawn.length() - "</svg>".length()));
        int squares = grid.days();
        byte[][] days = new byte[squares][];
        byte[][] cells = new byte[squares][];
        byte[][] empty = new byte[squares][];
        byte[][] none = tooltip(0, locale);
        // what a page's heatmap comes to, room for the description and the tooltips' words included, so it is built
        // in one buffer without growing
        int length = head.length + labels.length + 1024 + SVG_END.length;
        for (int square = 0; square < squares; square++) {
            days[square] = utf8(grid.day(square).toString());
            cells[square] = utf8("</title><rect x=\"" + (LEFT + grid.column(square) * STEP) + "\" y=\""
                    + (TOP + grid.row(square) * STEP) + "\" width=\"" + CELL + "\" height=\"" + CELL + "\" class=\"hm-level-");
            empty[square] = new Utf8Html(128).append(SQUARE_START).append(none[0]).append(days[square]).append(none[1])
                    .append(cells[square]).append(LEVELS[0]).toByteArray();
            length += empty[square].length + 40;
        }
        return new Frame(head, labels, days, cells, empty, length);
    }

    /** A square's tooltip for a count, escaped, in UTF-8, cut where the date goes: before it and after it. */
    private byte[][] tooltip(int count, Locale locale) {
        if (count > KEPT_COUNTS) {
            return formatTooltip(count, locale);
        }
        return tooltips.computeIfAbsent(new TooltipKey(count, locale), key -> formatTooltip(count, locale));
    }

    private byte[][] formatTooltip(int count, Locale locale) {
        String tooltip = escape(messages.getMessage("today.heatmap.cell", new Object[]{STAND_IN, count}, locale));
        int day = tooltip.indexOf(STAND_IN);
        return new byte[][]{utf8(tooltip.substring(0, day)), utf8(tooltip.substring(day + STAND_IN.length()))};
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
