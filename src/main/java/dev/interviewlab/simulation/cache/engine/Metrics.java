package dev.interviewlab.simulation.cache.engine;

import java.util.Map;

/**
 * What one run measured. Times are virtual microseconds.
 *
 * @param hits                      reads answered by the cache (a cached "no such key" marker included)
 * @param misses                    reads the cache could not answer
 * @param dbReadsNoRow              database reads that found no row (penetration)
 * @param staleReads                reads that returned a value older than the newest committed one when they began
 * @param staleReadsByCause         the stale reads, by why they happened
 * @param lostWrites                acknowledged writes lost when the cache crashed before flushing them
 * @param coalescedReads            misses that waited for another client's load instead of reading the database
 * @param queuedWrites              write-through: writes that waited for an earlier write of the same key
 * @param bloomRejected             reads the Bloom filter answered "certainly absent"
 * @param missingKeyReads           reads of keys that had no row when they began
 * @param unflushedWrites           write-back: acknowledged writes still only in the cache at the end
 * @param inconsistentMicros        summed over keys: how long the cache held a value older than the newest committed one
 * @param longestInconsistencyMicros the longest such stretch for one key
 * @param peakDbLoad                most database queries in one window of {@code windowMicros}
 * @param truncated                 the run hit its event budget and stopped early
 */
public record Metrics(int operations, int reads, int writes, int hits, int misses, double hitRatio,
                      int dbReads, int dbReadsNoRow, int dbWrites, int staleReads, Map<AnomalyCause, Integer> staleReadsByCause,
                      int lostWrites,
                      int evictions, int expirations, int coalescedReads, int queuedWrites, int bloomRejected, int missingKeyReads,
                      int flushes, int unflushedWrites,
                      long inconsistentMicros, long longestInconsistencyMicros, int inconsistencyWindows,
                      long latencyP50Micros, long latencyP95Micros, long latencyP99Micros, long latencyMaxMicros,
                      long durationMicros, int peakDbLoad, long windowMicros, boolean truncated) {

    public Metrics {
        staleReadsByCause = Map.copyOf(staleReadsByCause);
    }

    /** The same metrics with the peak DB load measured in wider windows (to compare runs fairly). */
    Metrics withPeak(int peak, long window) {
        return new Metrics(operations, reads, writes, hits, misses, hitRatio, dbReads, dbReadsNoRow, dbWrites, staleReads,
                staleReadsByCause, lostWrites, evictions, expirations, coalescedReads, queuedWrites, bloomRejected, missingKeyReads, flushes, unflushedWrites,
                inconsistentMicros, longestInconsistencyMicros, inconsistencyWindows, latencyP50Micros, latencyP95Micros,
                latencyP99Micros, latencyMaxMicros, durationMicros, peak, window, truncated);
    }
}
