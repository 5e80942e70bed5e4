package dev.interviewlab.simulation.cache.engine;

/**
 * The failure mode a run provokes and the mitigation that may answer it.
 *
 * @param mitigation             null exactly when the mode is {@link FailureMode#NONE}
 * @param ttlJitterPercent       TTL jitter: up to this percentage of the TTL added at random
 * @param missingKeyPercent      penetration: share of generated reads that ask for a key the database lacks
 * @param missingKeySpace        penetration: how many distinct missing keys those reads draw from
 * @param bloomFalsePositiveRate the rate the Bloom filter is sized for
 * @param nullTtlMicros          how long a cached "no such key" marker lives
 */
public record Scenario(FailureMode mode, Mitigation mitigation, int ttlJitterPercent, int missingKeyPercent,
                       int missingKeySpace, double bloomFalsePositiveRate, long nullTtlMicros) {

    public Scenario {
        if (mode == null || (mode == FailureMode.NONE) != (mitigation == null)
                || (mitigation != null && mitigation.answers() != mode)) {
            throw new IllegalArgumentException("a mitigation must answer the failure mode");
        }
    }

    public static Scenario none() {
        return new Scenario(FailureMode.NONE, null, 20, 0, 1, 0.01, 500_000);
    }
}
