package dev.interviewlab.review.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reviews per local day over the {@value #DAYS} days ending today, plus the {@value #LEAD_DAYS} days before
 * them so the first day shown has a full trailing week for the streak's average.
 */
public final class DailyActivity {

    /** Days the heatmap shows, today included. */
    public static final int DAYS = 365;
    /** Days before the shown ones that the 7-day average of the first shown day needs. */
    public static final int LEAD_DAYS = ForgivingStreak.WINDOW_DAYS - 1;

    /** Day boundaries kept per first day and zone, the same for every reader in the zone (a few zones a day). */
    private static final int KEPT_BOUNDARIES = 64;
    private static final Map<Boundaries, long[]> BOUNDARIES = new ConcurrentHashMap<>();

    private final LocalDate today;
    /** The epoch day of index 0. */
    private final long firstEpochDay;
    /** index 0 = the first lead day, last index = today */
    private final int[] counts;

    private DailyActivity(LocalDate today, int[] counts) {
        this.today = today;
        this.firstEpochDay = firstDay(today).toEpochDay();
        this.counts = counts;
    }

    private record Boundaries(LocalDate first, ZoneId zone) {
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
        int[] counts = new int[DAYS + LEAD_DAYS];
        long[] starts = starts(firstDay(today), zone);
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

    /** starts[i] = the first second of day i; starts[DAYS + LEAD_DAYS] = the first second after today. */
    private static long[] starts(LocalDate first, ZoneId zone) {
        Boundaries key = new Boundaries(first, zone);
        long[] kept = BOUNDARIES.get(key);
        if (kept != null) {
            return kept;
        }
        long[] starts = new long[DAYS + LEAD_DAYS + 1];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDays.startOf(first.plusDays(i), zone).getEpochSecond();
        }
        if (BOUNDARIES.size() >= KEPT_BOUNDARIES) {
            BOUNDARIES.clear(); // yesterday's and rare zones' go; the next request of each makes its own again
        }
        BOUNDARIES.put(key, starts);
        return starts;
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
        long index = day.toEpochDay() - firstEpochDay;
        return index >= 0 && index < counts.length ? counts[(int) index] : 0;
    }

    /** Reviews per shown day, the first shown day first (a copy). */
    public int[] shownCounts() {
        return Arrays.copyOfRange(counts, LEAD_DAYS, counts.length);
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
