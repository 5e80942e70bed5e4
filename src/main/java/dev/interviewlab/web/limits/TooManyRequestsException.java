package dev.interviewlab.web.limits;

import java.time.Duration;

/** A client went over its rate limit; answered with 429 and {@code Retry-After}. */
class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequestsException(Duration wait) {
        super("rate limit exceeded", null, false, false);
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
