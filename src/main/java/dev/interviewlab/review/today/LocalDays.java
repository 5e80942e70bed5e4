package dev.interviewlab.review.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days as a learner lives them: a local date in their time zone runs from its first instant to the next
 * date's first instant, so a day of a DST change is 23 or 25 hours long, and a review at 16:00Z is the next
 * day in Shanghai (UTC+8) while 15:59:59Z is still the day before.
 */
public final class LocalDays {

    private LocalDays() {
    }

    /** The local date an instant falls on in the zone. */
    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The day's first instant: local midnight, or the first valid time when a DST gap swallows midnight. */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** How long the local day is: 24 hours, 23 on a spring-forward day, 25 on a fall-back day. */
    public static Duration lengthOf(LocalDate day, ZoneId zone) {
        return Duration.between(startOf(day, zone), startOf(day.plusDays(1), zone));
    }
}
