package dev.interviewlab.review.today;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DailyActivityTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    private static Instant at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void theWindowIsTheYearEndingTodayPlusSixDaysForTheFirstWeeksAverage() {
        assertThat(DailyActivity.since(TODAY, ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        DailyActivity activity = DailyActivity.of(List.of(), ZoneOffset.UTC, TODAY);
        assertThat(activity.firstShownDay()).isEqualTo(LocalDate.parse("2025-12-07"));
    }

    @Test
    void theSameReviewsAreCountedByEachReadersOwnZoneAndDay() {
        // the day boundaries are kept per first day and zone: each zone, and the next day, gets its own
        List<Instant> times = List.of(Instant.parse("2026-12-05T20:00:00Z"));
        for (int round = 0; round < 2; round++) {
            assertThat(DailyActivity.of(times, ZoneOffset.UTC, TODAY).count(LocalDate.parse("2026-12-05"))).isOne();
            DailyActivity shanghai = DailyActivity.of(times, java.time.ZoneId.of("Asia/Shanghai"), TODAY);
            assertThat(shanghai.count(LocalDate.parse("2026-12-06"))).as("04:00 the next day in Shanghai").isOne();
            assertThat(shanghai.count(LocalDate.parse("2026-12-05"))).isZero();
            DailyActivity tomorrow = DailyActivity.of(times, ZoneOffset.UTC, TODAY.plusDays(1));
            assertThat(tomorrow.count(LocalDate.parse("2026-12-05"))).isOne();
            assertThat(tomorrow.firstShownDay()).isEqualTo(LocalDate.parse("2025-12-08"));
        }
    }

    @Test
    void countsOnlyShownDaysInTheTotalButKeepsLeadDaysForTheAverage() {
        DailyActivity activity = DailyActivity.of(List.of(at("2025-12-01", 5), at("2025-12-06", 5), at("2025-12-07", 0),
                at("2026-12-06", 23), at("2026-12-06", 1), at("2026-12-07", 0), at("2025-11-30", 23)), ZoneOffset.UTC, TODAY);
        assertThat(activity.total()).as("2025-12-07 and twice today").isEqualTo(3);
        assertThat(activity.activeDays()).isEqualTo(2);
        assertThat(activity.count(LocalDate.parse("2025-12-01"))).as("a lead day").isEqualTo(1);
        assertThat(activity.count(LocalDate.parse("2025-11-30"))).as("before the window").isZero();
        assertThat(activity.count(LocalDate.parse("2026-12-07"))).as("after today").isZero();
        assertThat(activity.weekEndingOn(LocalDate.parse("2025-12-07"))).as("1 Dec … 7 Dec").isEqualTo(3);
    }
}
