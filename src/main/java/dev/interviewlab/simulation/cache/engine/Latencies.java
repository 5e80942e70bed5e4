package dev.interviewlab.simulation.cache.engine;

/**
 * Round-trip times of the calls. A call takes effect half-way (the request has arrived) and the
 * client hears back at the end. With jitter, each call's time is stretched by a random 0 to
 * jitterPercent percent, which is what lets operations overtake each other.
 */
public record Latencies(long cacheMicros, long dbReadMicros, long dbWriteMicros, int jitterPercent) {

    public Latencies {
        if (cacheMicros < 1 || dbReadMicros < 1 || dbWriteMicros < 1 || jitterPercent < 0) {
            throw new IllegalArgumentException("latencies must be positive and jitter non-negative");
        }
    }

    long of(Step step) {
        return switch (step) {
            case DB_READ -> dbReadMicros;
            case DB_WRITE -> dbWriteMicros;
            default -> cacheMicros;
        };
    }
}
