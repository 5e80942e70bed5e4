package dev.interviewlab.account.throttling;

import java.time.Duration;

/**
 * When strikes against one key (an account name, an address) make its next try wait: strikes older
 * than {@code window} are forgotten; from {@code slowDownAfter} strikes on the next try waits
 * {@code slowDown} (doubled with each further strike when {@code doubling}, never past the lock);
 * at {@code lockAfter} it waits {@code lock}.
 */
record StrikeRule(Duration window, Duration slowDown, boolean doubling, Duration lock, int slowDownAfter, int lockAfter) {

    /** A key's row keeps up to {@code lockAfter} strikes (throttle_strike.failures holds about a thousand). */
    static final int MAX_LOCK_AFTER = 1000;

    /** The wait after a strike that leaves {@code count} strikes within the window, zero when none. */
    Duration waitAfter(int count) {
        if (count >= lockAfter) {
            return lock;
        }
        if (count < slowDownAfter) {
            return Duration.ZERO;
        }
        Duration wait = doubling ? slowDown.multipliedBy(1L << Math.min(count - slowDownAfter, 10)) : slowDown;
        return wait.compareTo(lock) < 0 ? wait : lock;
    }
}
