package dev.interviewlab.account.throttling;

import java.time.Duration;
import java.util.Optional;

/**
 * What the sign-in page tells a blocked visitor: the wait, rounded up, in seconds under a minute and
 * in minutes from then on. The refused POST passes the seconds in its redirect ({@code /login?blocked=N}),
 * not in a session: a client that keeps failing sign-ins must not be able to make the server keep anything.
 * Anyone may edit the number in the address, which changes only the text they see.
 */
public final class SignInWait {

    /** Longer than any lock the settings allow is still shown, in minutes; beyond a day is not a real wait. */
    private static final long MAX_SECONDS = Duration.ofDays(1).toSeconds();

    private final String messageKey;
    private final long amount;

    private SignInWait(String messageKey, long amount) {
        this.messageKey = messageKey;
        this.amount = amount;
    }

    /** The wait a {@code blocked} parameter names, or empty when it names none (missing, not a number, out of range). */
    public static Optional<SignInWait> parse(String seconds) {
        if (seconds == null || seconds.isEmpty() || seconds.length() > 6 || !seconds.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long value = Long.parseLong(seconds);
        return value < 1 || value > MAX_SECONDS ? Optional.empty() : Optional.of(of(Duration.ofSeconds(value)));
    }

    /** The seconds to put in the redirect: the wait rounded up, at least one. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static SignInWait of(Duration wait) {
        long seconds = seconds(wait);
        return seconds < 60 ? new SignInWait("account.login.blocked.seconds", seconds)
                : new SignInWait("account.login.blocked.minutes", (seconds + 59) / 60);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public long getAmount() {
        return amount;
    }
}
