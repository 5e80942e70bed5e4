package dev.interviewlab.review.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalTextTest {

    @ParameterizedTest
    @CsvSource({
            "PT0S, review.interval.minutes, 1",
            "PT1M, review.interval.minutes, 1",
            "PT5M30S, review.interval.minutes, 6",
            "PT10M, review.interval.minutes, 10",
            "PT59M, review.interval.minutes, 59",
            "PT60M, review.interval.hours, 1",
            "PT23H, review.interval.hours, 23",
            "PT24H, review.interval.days, 1",
            "P16D, review.interval.days, 16",
            "P59D, review.interval.days, 59",
            "P60D, review.interval.months, 2",
            "P364D, review.interval.months, 12",
            "P365D, review.interval.years, 1",
            "P548D, review.interval.years, 1.5"})
    void anIntervalReadsInItsLargestFittingUnit(String interval, String messageKey, String amount) {
        assertThat(IntervalText.of(Duration.parse(interval))).isEqualTo(new IntervalText(messageKey, amount));
    }
}
