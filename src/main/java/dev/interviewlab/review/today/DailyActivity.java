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

    /**
     * Counts review times per local day of the zone; times outside the window (before it, or after today) are
     * left out. Each time is placed by a binary search over the days' first instants (from {@link LocalDays}),
     * so 23- and 25-hour days count right without a zone conversion per review.
     */
    public static DailyActivity of(Collection<Instant> reviewTimes, ZoneId zone, LocalDate today) {
        Objects.requireNonNull(zone, "zone");
        LocalDate first = firstDay(today);
        int[] counts = new int[DAYS + LEAD_DAYS];
        // starts[i] = first instant of day i; starts[length] = first instant after today
        long[] starts = new long[counts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDays.startOf(first.plusDays(i), zone).getEpochSecond();
        }
        for (Instant time : reviewTimes) {
            int found = Arrays.binarySearch(starts, time.getEpochSecond());
            // an exact hit is a day's first second; otherwise the day is the one before the insertion point
            int index = found >= 0 ? found : -found - 2;
            if (index >= 0 && index < counts.length) {
                counts[index]++;
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
