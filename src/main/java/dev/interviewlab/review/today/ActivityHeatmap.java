package dev.interviewlab.review.today;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The year of activity as a calendar heatmap: one column per week (Monday on top), one square per shown day,
 * each with a level from 0 (no review) to 4 measured against the daily goal, so a day's shade says how it
 * went for this learner rather than against everyone else.
 *
 * <p>Where each day's square is ({@link Grid}) is the same for every reader with the same first shown day and is
 * kept; a reader's heatmap is that grid with the reader's counts, square {@code i} being the {@code i}-th shown day.
 */
public final class ActivityHeatmap {

    public static final int LEVELS = 5;

    /** Grids kept per first shown day: a day or two around the world. */
    private static final int KEPT_GRIDS = 8;
    private static final Map<LocalDate, Grid> GRIDS = new ConcurrentHashMap<>();

    /** @param row 0 = Monday … 6 = Sunday */
    public record Cell(LocalDate day, int row, int count, int level) {
    }

    public record Column(int index, List<Cell> cells) {
    }

    public record MonthStart(int column, YearMonth month) {
    }

    /**
     * The squares' places for {@code days} days from {@code first}: square {@code i} is in column
     * {@code (firstRow + i) / 7}, row {@code (firstRow + i) % 7}.
     *
     * @param firstRow the first day's row (0 = Monday)
     * @param months   where each month's first day falls, for the labels above the columns
     */
    public record Grid(LocalDate first, int days, int firstRow, List<MonthStart> months) {

        public Grid {
            months = List.copyOf(months);
        }

        static Grid of(LocalDate first, int days) {
            int firstRow = first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            List<MonthStart> months = new ArrayList<>();
            LocalDate month = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
            for (; month.isBefore(first.plusDays(days)); month = month.plusMonths(1)) {
                months.add(new MonthStart((int) ((firstRow + month.toEpochDay() - first.toEpochDay()) / 7), YearMonth.from(month)));
            }
            return new Grid(first, days, firstRow, months);
        }

        public int columns() {
            return (firstRow + days - 1) / 7 + 1;
        }

        public int column(int square) {
            return (firstRow + square) / 7;
        }

        public int row(int square) {
            return (firstRow + square) % 7;
        }

        public LocalDate day(int square) {
            return first.plusDays(square);
        }
    }

    private final Grid grid;
    private final int[] counts;
    private final int goal;

    private ActivityHeatmap(Grid grid, int[] counts, int goal) {
        this.grid = grid;
        this.counts = counts;
        this.goal = goal;
    }

    public static ActivityHeatmap of(DailyActivity activity, int goal) {
        return new ActivityHeatmap(grid(activity.firstShownDay()), activity.shownCounts(), goal);
    }

    private static Grid grid(LocalDate first) {
        Grid kept = GRIDS.get(first);
        if (kept != null) {
            return kept;
        }
        Grid grid = Grid.of(first, DailyActivity.DAYS);
        if (GRIDS.size() >= KEPT_GRIDS) {
            GRIDS.clear();
        }
        GRIDS.put(first, grid);
        return grid;
    }

    public Grid grid() {
        return grid;
    }

    public int goal() {
        return goal;
    }

    public List<MonthStart> months() {
        return grid.months();
    }

    /** One square per shown day, the oldest first. */
    public int squares() {
        return counts.length;
    }

    public int count(int square) {
        return counts[square];
    }

    public int level(int square) {
        return level(counts[square], goal);
    }

    /** The weeks, oldest first, with each day's count and level; the first and last may be partial. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int square = 0; square < counts.length; square++) {
            cells.add(new Cell(grid.day(square), grid.row(square), counts[square], level(square)));
            if (grid.row(square) == 6 || square == counts.length - 1) {
                columns.add(new Column(grid.column(square), List.copyOf(cells)));
                cells.clear();
            }
        }
        return columns;
    }

    /** 0: none; 1: under half the goal; 2: under the goal; 3: the goal, under twice it; 4: twice the goal or more. */
    static int level(int count, int goal) {
        if (count <= 0) {
            return 0;
        }
        if (2L * count < goal) {
            return 1;
        }
        if (count < goal) {
            return 2;
        }
        return count < 2L * goal ? 3 : 4;
    }
}
