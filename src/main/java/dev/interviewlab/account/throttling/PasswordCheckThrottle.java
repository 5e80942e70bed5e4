package dev.interviewlab.account.throttling;

import java.time.Clock;

/**
 * Wrong current passwords given to a signed-in account's password change or account deletion, per
 * account, with the sign-in thresholds for an account name: a stolen session must not become a
 * way to guess the password without the sign-in's limits. The right password starts the count
 * afresh, as a sign-in does.
 */
public final class PasswordCheckThrottle extends StrikeThrottle {

    PasswordCheckThrottle(LoginThrottleSettings settings, Clock clock, StrikeStore store) {
        super("password-check", settings.account(), settings.maxTracked(), clock, store);
    }

    /** Refuses the check at once, without hashing, while the account must wait. */
    public void checkAllowed(long accountId) {
        waitBefore(key(accountId)).ifPresent(wait -> {
            throw new TooManyAttemptsException(ThrottleWait.of(wait, ThrottleWait.PASSWORD_CHECK), false);
        });
    }

    /**
     * Counts a wrong password.
     *
     * @throws TooManyAttemptsException when this one started a wait, so the form can say how long
     */
    public void wrongPassword(long accountId) {
        strike(key(accountId)).ifPresent(wait -> {
            throw new TooManyAttemptsException(ThrottleWait.of(wait, ThrottleWait.PASSWORD_CHECK), true);
        });
    }

    public void rightPassword(long accountId) {
        clear(key(accountId));
    }

    private static String key(long accountId) {
        return Long.toString(accountId);
    }
}
