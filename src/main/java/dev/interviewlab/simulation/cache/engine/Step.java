package dev.interviewlab.simulation.cache.engine;

/**
 * One remote call a client makes while serving an operation. A strategy is a list of these
 * (see {@link Strategy}); the engine interprets the list, so the write paths are data a test can walk.
 */
public enum Step {
    /** Ask the cache for the key: a hit ends the read, a miss goes on to the database. */
    CACHE_GET(Target.CACHE),
    /** Read the key's row from the database (the source of truth). */
    DB_READ(Target.DATABASE),
    /** Put the value just read into the cache, with a TTL. */
    CACHE_FILL(Target.CACHE),
    /** Write the new value to the database and commit. */
    DB_WRITE(Target.DATABASE),
    /** Delete the key from the cache so the next read reloads it. */
    CACHE_DELETE(Target.CACHE),
    /** Write the new value into the cache, replacing whatever was there. */
    CACHE_SET(Target.CACHE),
    /** Write the new value into the cache only, mark it dirty and acknowledge (write-back). */
    CACHE_SET_DIRTY(Target.CACHE),
    /** Ask for a second delete after a delay; the client does not wait for it. */
    SCHEDULE_SECOND_DELETE(Target.CACHE);

    /** Which store a step talks to, and so which latency it takes. */
    public enum Target { CACHE, DATABASE }

    private final Target target;

    Step(Target target) {
        this.target = target;
    }

    public Target target() {
        return target;
    }
}
