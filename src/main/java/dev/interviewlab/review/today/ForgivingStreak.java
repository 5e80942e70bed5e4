package dev.interviewlab.review.today;

import java.time.LocalDate;

/**
 * The forgiving streak. A day <em>keeps the pace</em> when the reviews of the 7 days ending on it average at
 * least the daily goal (their sum is at least 7 × goal), so days off are fine as long as the week makes up for
 * them. The streak is the number of consecutive days keeping the pace that end today, or yesterday while
 * today does not keep it yet (the day is not over). It is counted over the heatmap's year, so at most 365.
 *
 * @param days           the streak, in days
 * @param weekTotal      reviews in the 7 days ending today
 * @param goal           the daily goal
 * @param todayKeepsPace whether today already keeps the pace
 */
public record ForgivingStreak(int days, int weekTotal, int goal, boolean todayKeepsPace) {

    public static final int WINDOW_DAYS = 7;

    public ForgivingStreak {
        if (goal < 1) {
            throw new IllegalArgumentException("goal must be at least 1, was " + goal);
        }
    }

    public static ForgivingStreak of(DailyActivity activity, int goal) {
        LocalDate today = activity.today();
        boolean todayKeepsPace = keepsPace(activity, today, goal);
        LocalDate day = todayKeepsPace ? today : today.minusDays(1);
        int days = 0;
        while (days < DailyActivity.DAYS && keepsPace(activity, day, goal)) {
            days++;
            day = day.minusDays(1);
        }
        return new ForgivingStreak(days, activity.weekEndingOn(today), goal, todayKeepsPace);
    }

    private static boolean keepsPace(DailyActivity activity, LocalDate day, int goal) {
        return activity.weekEndingOn(day) >= (long) WINDOW_DAYS * goal;
    }

    /** The 7-day average ending today. */
    public double sevenDayAverage() {
        return weekTotal / (double) WINDOW_DAYS;
    }

    /** How many more reviews today would make today keep the pace (0 when it does). */
    public int reviewsToKeepPace() {
        return Math.max(0, WINDOW_DAYS * goal - weekTotal);
    }
}
