package dev.interviewlab.account.throttling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How failed sign-ins slow down and then lock an account name or an address
 * ({@code interviewlab.login-throttle.*}). An address gets higher thresholds than an account: a
 * school or office shares one address, while one account is one person.
 *
 * @param window     failures older than this are forgotten
 * @param slowDown   the wait after the first failure past {@code slowDownAfter}; it doubles with each further failure
 * @param lock       the wait once {@code lockAfter} failures happened within the window
 * @param accountSlowDownAfter from this many failures for one account name (whether or not it exists) on, each failure makes the next attempt wait
 * @param accountLockAfter     this many failures for one account name lock it for {@code lock}
 * @param addressSlowDownAfter the same per client address
 * @param addressLockAfter     the same per client address
 * @param maxTracked how many names and addresses are remembered at most; the least recently used go first
 */
@ConfigurationProperties("interviewlab.login-throttle")
public record LoginThrottleSettings(
        @DefaultValue("15m") Duration window,
        @DefaultValue("5s") Duration slowDown,
        @DefaultValue("15m") Duration lock,
        @DefaultValue("3") int accountSlowDownAfter,
        @DefaultValue("5") int accountLockAfter,
        @DefaultValue("10") int addressSlowDownAfter,
        @DefaultValue("30") int addressLockAfter,
        @DefaultValue("10000") int maxTracked) {

    public LoginThrottleSettings {
        if (accountLockAfter < 1 || addressLockAfter < 1 || maxTracked < 2) {
            throw new IllegalArgumentException("login throttle thresholds must be positive");
        }
        if (accountLockAfter > StrikeRule.MAX_LOCK_AFTER || addressLockAfter > StrikeRule.MAX_LOCK_AFTER) {
            throw new IllegalArgumentException("login throttle lock thresholds can be at most " + StrikeRule.MAX_LOCK_AFTER);
        }
    }

    StrikeRule account() {
        return new StrikeRule(window, slowDown, true, lock, accountSlowDownAfter, accountLockAfter);
    }

    StrikeRule address() {
        return new StrikeRule(window, slowDown, true, lock, addressSlowDownAfter, addressLockAfter);
    }
}
