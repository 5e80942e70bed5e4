package dev.interviewlab.simulation.cache.engine;

/**
 * How one trace operation ended.
 *
 * @param result {@code hit} or {@code miss} for a get, {@code write} for a put
 * @param value  for a get, the value read (null when the key has no row)
 * @param source where a get's value came from: cache, database, single-flight, bloom-filter
 */
public record Outcome(int operation, String op, String key, String result, String value, boolean stale, String source,
                      int client, long startMicros, long endMicros) {
}
