package dev.interviewlab.simulation.cache.engine;

/**
 * Why a read returned a value older than the newest committed one. The engine classifies every
 * stale read when it happens, from when and by whom the cache entry was written.
 */
public enum AnomalyCause {
    /** The entry predates the newer commit: the writer had committed but its delete or update had not reached the cache yet. */
    INVALIDATION_PENDING,
    /**
     * A reader's fill put an old value in the cache while a write was in flight: loaded before the
     * commit and filled after the writer's delete (cache-aside), or filled between the writer's
     * delete and its commit (delete first).
     */
    STALE_FILL,
    /** Two writers updated the cache in the opposite order to their database commits. */
    OUT_OF_ORDER_SET,
    /** Single-flight: the shared load read the database before the newer commit the waiting reader should have seen. */
    SHARED_OLD_LOAD,
    /** Hot key never expires: writers left the entry in place and the background reload after the newer commit had not run yet. */
    REFRESH_PENDING,
    /** Write-back: the cache crashed before flushing the newest acknowledged write, so only the older value survived. */
    LOST_ON_CRASH,
    /** The database did not yet hold the newest acknowledged write (write-back before a flush). */
    DATABASE_BEHIND;

    public String messageKey() {
        return "cache.cause." + name();
    }
}
