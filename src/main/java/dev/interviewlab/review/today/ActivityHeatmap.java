package dev.interviewlab.review.today;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The year of activity as a calendar heatmap: one column per week (Monday on top), one cell per shown day,
 * each with a level from 0 (no review) to 4 measured against the daily goal, so a day's shade says how it
 * went for this learner rather than against everyone else.
 *
 * @param columns the weeks, oldest first; the first and last may be partial
 * @param months  where each month's first day falls, for the labels above the columns
 */
public record ActivityHeatmap(List<Column> columns, List<MonthStart> months, int goal) {

    public static final int LEVELS = 5;

    /** @param row 0 = Monday … 6 = Sunday */
    public record Cell(LocalDate day, int row, int count, int level) {
    }

    public record Column(int index, List<Cell> cells) {
    }

    public record MonthStart(int column, YearMonth month) {
    }

    public ActivityHeatmap {
        columns = List.copyOf(columns);
        months = List.copyOf(months);
    }

    public static ActivityHeatmap of(DailyActivity activity, int goal) {
        LocalDate first = activity.firstShownDay();
        LocalDate firstMonday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Column> columns = new ArrayList<>();
        List<MonthStart> months = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (LocalDate day = first; !day.isAfter(activity.today()); day = day.plusDays(1)) {
            int index = (int) (ChronoUnit.DAYS.between(firstMonday, day) / 7);
            if (index != column) {
                columns.add(new Column(column, cells));
                cells = new ArrayList<>();
                column = index;
            }
            int count = activity.count(day);
            cells.add(new Cell(day, day.getDayOfWeek().getValue() - 1, count, level(count, goal)));
            if (day.getDayOfMonth() == 1) {
                months.add(new MonthStart(index, YearMonth.from(day)));
            }
        }
        columns.add(new Column(column, cells));
        return new ActivityHeatmap(columns, months, goal);
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
