package dev.interviewlab.review.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * An interval as a grade button shows it, "10 min", "3 d", "2 mo", "1.5 y": a message key of the unit and
 * the amount. Minutes under an hour, hours under a day, days under two months, months under a year.
 */
record IntervalText(String messageKey, String amount) {

    static IntervalText of(Duration interval) {
        long minutes = Math.max(1, (interval.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return new IntervalText("review.interval.minutes", Long.toString(minutes));
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return new IntervalText("review.interval.hours", Long.toString(hours));
        }
        long days = Math.round(minutes / 1440.0);
        if (days < 60) {
            return new IntervalText("review.interval.days", Long.toString(days));
        }
        if (days < 365) {
            return new IntervalText("review.interval.months", Long.toString(Math.round(days / 30.4)));
        }
        return new IntervalText("review.interval.years",
                BigDecimal.valueOf(days / 365.25).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }
}
