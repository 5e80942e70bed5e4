package dev.interviewlab.simulation.cache.engine;

/**
 * One step of a run, with the state of the key's cache entry and database row right after it.
 * Values are labelled as the learner reads them: the trace's own values, or v0 (the initial row),
 * v1, v2, ... in commit order; "v?" is a write not yet committed; null means no row.
 *
 * @param client        the client, or -1 for the cache itself (flush, eviction, crash, second delete)
 * @param operation     the index of the operation in the workload, or -1
 * @param value         the value the step read or wrote (null: none, or no row)
 * @param cacheHasEntry whether the cache holds an unexpired entry for the key after the step
 * @param cacheValue    that entry's value (null with an entry: a cached "no such key" marker)
 * @param cacheBehind   the cache's entry is older than the newest committed value: the cache is stale
 * @param stale         the value returned to a reader is older than the newest committed one when
 *                      its read began
 */
public record SimulationEvent(long timeMicros, int client, int operation, EventKind kind, String key, String value,
                              boolean cacheHasEntry, String cacheValue, String databaseValue, String newestCommitted,
                              boolean cacheBehind, boolean stale, int count) {
}
