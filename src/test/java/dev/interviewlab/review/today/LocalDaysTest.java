package dev.interviewlab.review.today;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} on {1} lasts {2} hours")
    @CsvSource({
            // EU: clocks go forward on the last Sunday of March, back on the last Sunday of October
            "Europe/Berlin, 2026-03-29, 23",
            "Europe/Berlin, 2026-10-25, 25",
            "Europe/Berlin, 2026-10-26, 24",
            // US: second Sunday of March, first Sunday of November
            "America/New_York, 2026-03-08, 23",
            "America/New_York, 2026-11-01, 25",
            "Asia/Shanghai, 2026-03-29, 24",
            "UTC, 2026-03-29, 24"})
    void aDayLastsFromItsMidnightToTheNextOnesAcrossDstChanges(String zone, LocalDate day, long hours) {
        assertThat(LocalDays.lengthOf(day, ZoneId.of(zone))).isEqualTo(Duration.ofHours(hours));
    }

    @Test
    void shanghaiMidnightIsSixteenHundredUtc() {
        assertThat(LocalDays.dayOf(Instant.parse("2026-12-06T15:59:59Z"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-12-06"));
        assertThat(LocalDays.dayOf(Instant.parse("2026-12-06T16:00:00Z"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(LocalDays.startOf(LocalDate.parse("2026-12-07"), SHANGHAI)).isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
    }

    @Test
    void reviewsAtEitherSideOfShanghaiMidnightCountOnDifferentDays() {
        LocalDate today = LocalDate.parse("2026-12-07");
        DailyActivity activity = DailyActivity.of(List.of(Instant.parse("2026-12-06T15:59:59Z"),
                Instant.parse("2026-12-06T16:00:00Z"), Instant.parse("2026-12-06T16:00:01Z")), SHANGHAI, today);
        assertThat(activity.count(LocalDate.parse("2026-12-06"))).isEqualTo(1);
        assertThat(activity.count(today)).isEqualTo(2);
        // the same instants in UTC all fall on the 6th
        assertThat(DailyActivity.of(List.of(Instant.parse("2026-12-06T15:59:59Z"), Instant.parse("2026-12-06T16:00:00Z")),
                ZoneId.of("UTC"), LocalDate.parse("2026-12-06")).count(LocalDate.parse("2026-12-06"))).isEqualTo(2);
    }

    @Test
    void theFallBackDayCountsAllTwentyFiveHoursOfReviews() {
        LocalDate fallBack = LocalDate.parse("2026-11-01");
        Instant start = LocalDays.startOf(fallBack, NEW_YORK);
        assertThat(start).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        // one review in each of the day's 25 hours, then the first second of the next day
        List<Instant> hourly = java.util.stream.IntStream.range(0, 26).mapToObj(hour -> start.plus(Duration.ofHours(hour))).toList();
        DailyActivity activity = DailyActivity.of(hourly, NEW_YORK, fallBack.plusDays(1));
        assertThat(activity.count(fallBack)).isEqualTo(25);
        assertThat(activity.count(fallBack.plusDays(1))).isEqualTo(1);
    }

    @Test
    void theSpringForwardDayCountsOnlyItsTwentyThreeHours() {
        LocalDate springForward = LocalDate.parse("2026-03-29");
        Instant start = LocalDays.startOf(springForward, BERLIN);
        assertThat(start).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        List<Instant> hourly = java.util.stream.IntStream.range(0, 24).mapToObj(hour -> start.plus(Duration.ofHours(hour))).toList();
        DailyActivity activity = DailyActivity.of(hourly, BERLIN, springForward.plusDays(1));
        assertThat(activity.count(springForward)).isEqualTo(23);
        assertThat(activity.count(springForward.plusDays(1))).as("the 24th hour is already the next day").isEqualTo(1);
    }

    @Test
    void aMidnightSwallowedByDstStartsTheDayAtTheFirstValidTime() {
        // Santiago springs forward at 00:00 to 01:00 (first Sunday of September 2026)
        ZoneId santiago = ZoneId.of("America/Santiago");
        LocalDate day = LocalDate.parse("2026-09-06");
        assertThat(LocalDays.startOf(day, santiago).atZone(santiago).toLocalTime()).hasToString("01:00");
        assertThat(LocalDays.lengthOf(day, santiago)).isEqualTo(Duration.ofHours(23));
    }
}
