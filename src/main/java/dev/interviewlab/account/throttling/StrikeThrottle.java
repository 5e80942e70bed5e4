package dev.interviewlab.account.throttling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in throttle's rule for one kind of key: each strike within the window counts, from
 * {@code slowDownAfter} strikes on the next try waits (doubling), at {@code lockAfter} it waits the
 * whole lock. A wait is a "blocked until" time, never a sleeping thread. In memory and bounded like
 * {@link LoginThrottle}.
 */
abstract class StrikeThrottle {

    private final LoginThrottleSettings settings;
    private final LoginThrottleSettings.Thresholds thresholds;
    private final Clock clock;
    private final Map<String, SignInStrikes> strikes = new LinkedHashMap<>(64, 0.75f, true);

    StrikeThrottle(LoginThrottleSettings settings, LoginThrottleSettings.Thresholds thresholds, Clock clock) {
        this.settings = settings;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** How long a try for this key must still wait; empty when it may go ahead. */
    synchronized Optional<Duration> waitBefore(String key) {
        SignInStrikes entry = strikes.get(key);
        return entry == null ? Optional.empty() : remaining(entry.blockedUntil(), clock.instant());
    }

    /** Counts a strike and returns how long the next try must wait, if at all. */
    synchronized Optional<Duration> strike(String key) {
        Instant now = clock.instant();
        SignInStrikes entry = strikes.get(key);
        if (entry == null) {
            if (strikes.size() >= settings.maxTracked()) {
                makeRoom(now);
            }
            entry = new SignInStrikes();
            strikes.put(key, entry);
        }
        return remaining(entry.fail(now, settings, thresholds), now);
    }

    synchronized void clear(String key) {
        strikes.remove(key);
    }

    synchronized int trackedCount() {
        return strikes.size();
    }

    private static Optional<Duration> remaining(Instant until, Instant now) {
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private void makeRoom(Instant now) {
        strikes.values().removeIf(entry -> entry.isStale(now, settings.window()));
        Iterator<SignInStrikes> leastRecentlyUsed = strikes.values().iterator();
        while (strikes.size() >= settings.maxTracked() && leastRecentlyUsed.hasNext()) {
            leastRecentlyUsed.next();
            leastRecentlyUsed.remove();
        }
    }
}
