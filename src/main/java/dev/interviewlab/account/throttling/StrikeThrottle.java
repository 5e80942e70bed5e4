package dev.interviewlab.account.throttling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sign-in throttle's rule for one kind of key: each strike within the window counts, from
 * {@code slowDownAfter} strikes on the next try waits, at {@code lockAfter} it waits the whole lock
 * ({@link StrikeRule}). A wait is a "blocked until" time, never a sleeping thread. Kept in the database
 * ({@link StrikeStore}) under the throttle's name, so all instances count together, and bounded like
 * {@link LoginThrottle}.
 */
abstract class StrikeThrottle {

    private final String name;
    private final StrikeRule rule;
    private final int maxTracked;
    private final Clock clock;
    private final StrikeStore store;

    StrikeThrottle(String name, StrikeRule rule, int maxTracked, Clock clock, StrikeStore store) {
        this.name = name;
        this.rule = rule;
        this.maxTracked = maxTracked;
        this.clock = clock;
        this.store = store;
    }

    /** How long a try for this key must still wait; empty when it may go ahead. */
    Optional<Duration> waitBefore(String key) {
        return remaining(store.blockedUntil(name, List.of(key)), now());
    }

    /** Counts a strike and returns how long the next try must wait, if at all. */
    Optional<Duration> strike(String key) {
        Instant now = now();
        return remaining(store.strike(name, new TreeMap<>(Map.of(key, rule)), now, maxTracked), now);
    }

    void clear(String key) {
        store.clear(name, key);
    }

    int trackedCount() {
        return store.trackedCount(name);
    }

    /** The store keeps milliseconds; so does the throttle, so a wait read back equals the one decided. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static Optional<Duration> remaining(Instant until, Instant now) {
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }
}
