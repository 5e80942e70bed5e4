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
 * {@code slowDownAfter} strikes on the next try waits, at {@code lockAfter} it waits the whole lock
 * ({@link StrikeRule}). A wait is a "blocked until" time, never a sleeping thread. In memory and bounded like
 * {@link LoginThrottle}.
 */
abstract class StrikeThrottle {

    private final StrikeRule rule;
    private final int maxTracked;
    private final Clock clock;
    private final Map<String, SignInStrikes> strikes = new LinkedHashMap<>(64, 0.75f, true);

    StrikeThrottle(StrikeRule rule, int maxTracked, Clock clock) {
        this.rule = rule;
        this.maxTracked = maxTracked;
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
            if (strikes.size() >= maxTracked) {
                makeRoom(now);
            }
            entry = new SignInStrikes();
            strikes.put(key, entry);
        }
        return remaining(entry.fail(now, rule), now);
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
        strikes.values().removeIf(entry -> entry.isStale(now, rule.window()));
        Iterator<SignInStrikes> leastRecentlyUsed = strikes.values().iterator();
        while (strikes.size() >= maxTracked && leastRecentlyUsed.hasNext()) {
            leastRecentlyUsed.next();
            leastRecentlyUsed.remove();
        }
    }
}
