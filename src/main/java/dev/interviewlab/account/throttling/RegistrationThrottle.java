package dev.interviewlab.account.throttling;

import java.time.Clock;

/**
 * New accounts per client address, with thresholds of their own ({@link RegistrationThrottleSettings}):
 * each account costs a password hash and a row, so one address creating a hundred first slows down,
 * then waits the lock, while a classroom sharing one address registers its class unhindered. Only accounts actually created count; a refused form costs
 * little and is not counted.
 *
 * <p>The address is the request's remote address, which Tomcat takes from {@code X-Forwarded-For}
 * only for a trusted proxy (see {@link LoginThrottleFilter}).
 */
public final class RegistrationThrottle extends StrikeThrottle {

    RegistrationThrottle(RegistrationThrottleSettings settings, Clock clock, StrikeStore store) {
        super("registration", settings.rule(), settings.maxTracked(), clock, store);
    }

    /** @throws TooManyAttemptsException while the address must wait; nothing is checked or saved then */
    public void checkAllowed(String address) {
        waitBefore(key(address)).ifPresent(wait -> {
            throw new TooManyAttemptsException(ThrottleWait.of(wait, ThrottleWait.REGISTRATION), false);
        });
    }

    public void registered(String address) {
        strike(key(address));
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
