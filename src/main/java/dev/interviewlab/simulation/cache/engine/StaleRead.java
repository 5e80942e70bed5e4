package dev.interviewlab.simulation.cache.engine;

/**
 * A stale read: it returned a value older than the newest committed one at the moment it began.
 *
 * @param operation the read's index in the workload
 * @param keyId     the engine's id of the key (to replay the run for it)
 * @param valueRead what it returned (null: no row)
 * @param newest    the newest committed value when it began
 * @param newestOperation the write that committed {@code newest}, or -1 for the initial row
 */
public record StaleRead(int operation, int client, String key, int keyId, long startMicros, long endMicros,
                        String valueRead, String newest, AnomalyCause cause, int newestOperation) {
}
