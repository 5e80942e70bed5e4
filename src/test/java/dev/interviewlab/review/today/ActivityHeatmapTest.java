package dev.interviewlab.review.today;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityHeatmapTest {

    @ParameterizedTest(name = "{0} reviews against a goal of {1}: level {2}")
    @CsvSource({"0, 10, 0", "1, 10, 1", "4, 10, 1", "5, 10, 2", "9, 10, 2", "10, 10, 3", "19, 10, 3", "20, 10, 4",
            "1, 1, 3", "2, 1, 4", "0, 1, 0"})
    void levelsAreMeasuredAgainstTheGoal(int count, int goal, int level) {
        assertThat(ActivityHeatmap.level(count, goal)).isEqualTo(level);
    }

    @Test
    void everyShownDayIsOneCellInItsWeeksColumnMondayOnTop() {
        LocalDate today = LocalDate.parse("2026-12-06"); // a Sunday
        Instant noon = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
        ActivityHeatmap heatmap = ActivityHeatmap.of(DailyActivity.of(List.of(noon, noon, noon), ZoneOffset.UTC, today), 2);

        List<ActivityHeatmap.Cell> cells = heatmap.columns().stream().flatMap(column -> column.cells().stream()).toList();
        assertThat(cells).hasSize(DailyActivity.DAYS);
        assertThat(cells.get(0).day()).isEqualTo(LocalDate.parse("2025-12-07"));
        assertThat(cells.get(cells.size() - 1)).isEqualTo(new ActivityHeatmap.Cell(today, 6, 3, 3));
        // 2025-12-07 is a Sunday: alone in the first column, then 52 full weeks
        assertThat(heatmap.columns()).hasSize(53);
        assertThat(heatmap.columns().get(0).cells()).singleElement().extracting(ActivityHeatmap.Cell::row).isEqualTo(6);
        assertThat(heatmap.columns().get(1).cells()).hasSize(7)
                .allSatisfy(cell -> assertThat(cell.day().getDayOfWeek()).isEqualTo(DayOfWeek.of(cell.row() + 1)));
        for (int i = 0; i < heatmap.columns().size(); i++) {
            assertThat(heatmap.columns().get(i).index()).isEqualTo(i);
        }
    }

    @Test
    void eachMonthStartIsLabelledAtItsColumn() {
        LocalDate today = LocalDate.parse("2026-12-06");
        ActivityHeatmap heatmap = ActivityHeatmap.of(DailyActivity.of(List.of(), ZoneOffset.UTC, today), 10);
        assertThat(heatmap.months()).extracting(ActivityHeatmap.MonthStart::month)
                .containsExactly(java.util.stream.IntStream.rangeClosed(0, 11)
                        .mapToObj(i -> YearMonth.of(2026, 1).plusMonths(i)).toArray(YearMonth[]::new));
        // 2026-01-01 is a Thursday in the week of Monday 2025-12-29, the fourth column
        assertThat(heatmap.months().get(0).column()).isEqualTo(4);
    }
}
