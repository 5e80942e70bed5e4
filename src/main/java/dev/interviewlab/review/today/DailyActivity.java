package dev.interviewlab.review.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Reviews per local day over the {@value #DAYS} days ending today, plus the {@value #LEAD_DAYS} days before
 * them so the first day shown has a full trailing week for the streak's average.
 */
public final class DailyActivity {

    /** Days the heatmap shows, today included. */
    public static final int DAYS = 365;
    /** Days before the shown ones that the 7-day average of the first shown day needs. */
    public static final int LEAD_DAYS = ForgivingStreak.WINDOW_DAYS - 1;

    private final LocalDate today;
    /** index 0 = the first lead day, last index = today */
    private final int[] counts;

    private DailyActivity(LocalDate today, int[] counts) {
        this.today = today;
        this.counts = counts;
    }

    /** The first instant whose reviews count: the start of the first lead day in the zone. */
    public static Instant since(LocalDate today, ZoneId zone) {
        return LocalDays.startOf(firstDay(today), zone);
    }

    private static LocalDate firstDay(LocalDate today) {
        return today.minusDays(DAYS - 1 + LEAD_DAYS);
    }

    /** Counts review times per local day of the zone; times outside the window (before it, or after today) are left out. */
    public static DailyActivity of(Collection<Instant> reviewTimes, ZoneId zone, LocalDate today) {
        Objects.requireNonNull(zone, "zone");
        LocalDate first = firstDay(today);
        int[] counts = new int[DAYS + LEAD_DAYS];
        for (Instant time : reviewTimes) {
            long index = ChronoUnit.DAYS.between(first, LocalDays.dayOf(time, zone));
            if (index >= 0 && index < counts.length) {
                counts[(int) index]++;
            }
        }
        return new DailyActivity(today, counts);
    }

    public LocalDate today() {
        return today;
    }

    /** The first day shown (364 days before today). */
    public LocalDate firstShownDay() {
        return today.minusDays(DAYS - 1);
    }

    /** Reviews on a day; 0 outside the window. */
    public int count(LocalDate day) {
        long index = ChronoUnit.DAYS.between(firstDay(today), day);
        return index >= 0 && index < counts.length ? counts[(int) index] : 0;
    }

    /** Reviews in the {@value ForgivingStreak#WINDOW_DAYS} days ending on {@code day}. */
    public int weekEndingOn(LocalDate day) {
        int sum = 0;
        for (int back = 0; back < ForgivingStreak.WINDOW_DAYS; back++) {
            sum += count(day.minusDays(back));
        }
        return sum;
    }

    /** Reviews over the shown days. */
    public int total() {
        return Arrays.stream(counts, LEAD_DAYS, counts.length).sum();
    }

    /** Shown days with at least one review. */
    public int activeDays() {
        return (int) Arrays.stream(counts, LEAD_DAYS, counts.length).filter(count -> count > 0).count();
    }
}
