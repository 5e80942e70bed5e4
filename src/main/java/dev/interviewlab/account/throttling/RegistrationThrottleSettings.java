package dev.interviewlab.account.throttling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How new accounts from one address slow down and then stop ({@code interviewlab.registration-throttle.*}).
 * Its own thresholds, not the sign-in's: a classroom behind one address registers thirty people in a
 * lesson, which is normal, while a script creating a hundred an hour is not. The slow-down does not
 * double, so a class past the threshold waits seconds, never minutes.
 *
 * @param window        accounts created longer ago than this are forgotten
 * @param slowDown      from {@code slowDownAfter} accounts on, each makes the next registration from the address wait this long
 * @param lock          the wait once {@code lockAfter} accounts were created within the window
 * @param slowDownAfter accounts from one address within the window before registrations slow down
 * @param lockAfter     accounts from one address within the window that stop registration for {@code lock}
 * @param maxTracked    how many addresses are remembered at most; the least recently used go first
 */
@ConfigurationProperties("interviewlab.registration-throttle")
public record RegistrationThrottleSettings(
        @DefaultValue("1h") Duration window,
        @DefaultValue("2s") Duration slowDown,
        @DefaultValue("1h") Duration lock,
        @DefaultValue("20") int slowDownAfter,
        @DefaultValue("100") int lockAfter,
        @DefaultValue("10000") int maxTracked) {

    public RegistrationThrottleSettings {
        if (window == null || slowDown == null || lock == null
                || window.isZero() || window.isNegative() || slowDown.isNegative() || lock.isZero() || lock.isNegative()) {
            throw new IllegalArgumentException("registration throttle window and lock must be positive, slow-down not negative");
        }
        if (slowDownAfter < 1 || lockAfter < slowDownAfter || lockAfter > StrikeRule.MAX_LOCK_AFTER || maxTracked < 2) {
            throw new IllegalArgumentException(
                    "registration throttle needs 1 <= slow-down-after <= lock-after <= " + StrikeRule.MAX_LOCK_AFTER + " and max-tracked >= 2");
        }
    }

    StrikeRule rule() {
        return new StrikeRule(window, slowDown, false, lock, slowDownAfter, lockAfter);
    }
}
