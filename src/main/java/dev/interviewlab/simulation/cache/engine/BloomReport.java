package dev.interviewlab.simulation.cache.engine;

/**
 * The Bloom filter of a run: its size, the false-positive rate the formula predicts for the keys
 * it holds, and the rate measured on reads of keys that do not exist.
 *
 * @param theoreticalRate   (1 - e^(-kn/m))^k
 * @param missingKeyLookups reads of absent keys that consulted the filter
 * @param falsePositives    of those, how many the filter let through
 */
public record BloomReport(long bits, int hashes, int keys, double targetRate, double theoreticalRate,
                          int missingKeyLookups, int falsePositives) {

    /** Measured false-positive rate, or NaN when no absent key was looked up. */
    public double measuredRate() {
        return missingKeyLookups == 0 ? Double.NaN : (double) falsePositives / missingKeyLookups;
    }
}
