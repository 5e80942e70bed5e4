package dev.interviewlab.account.throttling;

import java.time.Duration;

/**
 * What a throttled form tells its visitor: the wait rounded up, in seconds under a minute and in
 * minutes from then on, as the sign-in page does ({@link SignInWait}).
 *
 * @param messageKey  {@code <prefix>.seconds} or {@code <prefix>.minutes}, with the amount as argument
 * @param retryAfter  whole seconds, for the {@code Retry-After} header
 */
public record ThrottleWait(String messageKey, long amount, long retryAfter) {

    static final String PASSWORD_CHECK = "account.password.blocked";
    static final String REGISTRATION = "account.register.blocked";

    static ThrottleWait of(Duration wait, String prefix) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 60 ? new ThrottleWait(prefix + ".seconds", seconds, seconds)
                : new ThrottleWait(prefix + ".minutes", (seconds + 59) / 60, seconds);
    }
}
