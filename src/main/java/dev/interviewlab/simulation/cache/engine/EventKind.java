package dev.interviewlab.simulation.cache.engine;

/**
 * What happened at one step of a run, as the replay shows it. {@code changesState} marks the
 * events that alter the cache or the database for a key; the stale-read timeline keeps all of
 * those and drops plain reads by uninvolved clients.
 */
public enum EventKind {
    CACHE_HIT(false),
    CACHE_MISS(false),
    CACHE_EXPIRED(true),
    SINGLE_FLIGHT_WAIT(false),
    SINGLE_FLIGHT_SHARED(false),
    BLOOM_REJECTED(false),
    DB_READ(false),
    DB_READ_NO_ROW(false),
    CACHE_FILL(true),
    CACHE_FILL_NULL(true),
    CACHE_FILL_SKIPPED(false),
    DB_WRITE(true),
    CACHE_DELETE(true),
    CACHE_SET(true),
    CACHE_SET_DIRTY(true),
    SECOND_DELETE(true),
    HOT_KEY_REFRESHED(true),
    EVICTED(true),
    WRITTEN_BACK(true),
    CRASH(true),
    READ_RETURNED(false);

    private final boolean changesState;

    EventKind(boolean changesState) {
        this.changesState = changesState;
    }

    public boolean changesState() {
        return changesState;
    }

    public String messageKey() {
        return "cache.event." + name();
    }
}
