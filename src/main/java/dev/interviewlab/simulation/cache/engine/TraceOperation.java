package dev.interviewlab.simulation.cache.engine;

/**
 * One operation of an explicit trace.
 *
 * @param value    the value a put writes; null lets the engine name it by version (v1, v2, ...)
 * @param atMicros when the operation starts, or -1 for "as soon as its client is free"
 */
public record TraceOperation(Kind kind, String key, String value, int client, long atMicros) {

    public enum Kind { GET, PUT }

    public TraceOperation {
        if (kind == null || key == null || client < 0) {
            throw new IllegalArgumentException("an operation needs a kind, a key and a client");
        }
    }
}
