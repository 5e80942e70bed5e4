package dev.interviewlab.review.plan;

import java.time.LocalDate;

/**
 * The retention target near an interview: from {@value #FINAL_DAYS} days before the interview date up to and
 * including that day, the scheduler aims at max(chosen, {@value #FINAL_RETENTION}), so intervals shorten and
 * what is due comes back before the interview rather than after it. Before and after that stretch, the
 * learner's chosen retention holds.
 */
public final class InterviewRetention {

    public static final int FINAL_DAYS = 7;
    public static final double FINAL_RETENTION = 0.95;

    private InterviewRetention() {
    }

    /** Whether {@code today} is one of the interview's final days (the interview day included). */
    public static boolean inFinalDays(LocalDate interview, LocalDate today) {
        return interview != null && !today.isBefore(interview.minusDays(FINAL_DAYS)) && !today.isAfter(interview);
    }

    /** The retention the scheduler uses on {@code today}. */
    public static double target(double chosen, LocalDate interview, LocalDate today) {
        return inFinalDays(interview, today) ? Math.max(chosen, FINAL_RETENTION) : chosen;
    }
}
