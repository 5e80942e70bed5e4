package dev.interviewlab.web.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * One client's allowance: up to {@code burst} tokens, refilled continuously at {@code perMinute};
 * each request takes one. Not thread-safe: {@link ClientRateLimit} guards it.
 */
final class TokenBucket {

    private double tokens;
    private Instant refilledAt;

    TokenBucket(int burst, Instant now) {
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes a token; when there is none, returns how long until there is one. */
    Duration take(Instant now, int burst, int perMinute) {
        if (now.isAfter(refilledAt)) {
            double earned = Duration.between(refilledAt, now).toNanos() * perMinute / 60e9;
            tokens = Math.min(burst, tokens + earned);
            refilledAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        long nanos = (long) Math.ceil((1 - tokens) * 60e9 / perMinute);
        return Duration.ofNanos(nanos);
    }

    boolean isFull(Instant now, int burst, int perMinute) {
        double earned = Duration.between(refilledAt, now).toNanos() * perMinute / 60e9;
        return tokens + earned >= burst;
    }
}
