package dev.interviewlab.simulation.cache.engine;

/**
 * A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood, OOPSLA 2014).
 * One instance per purpose, so switching a mitigation on does not shift the random numbers the
 * workload or the latencies use.
 */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound), bound &gt; 0 (Lemire's multiply-shift; the tiny bias is irrelevant here). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [0, bound), bound &gt; 0; without a division when the bound fits in 31 bits. */
    long nextLong(long bound) {
        if (bound <= Integer.MAX_VALUE) {
            return ((nextLong() >>> 32) * bound) >>> 32;
        }
        return Math.floorMod(nextLong(), bound);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** The 64-bit finaliser alone, as a hash of one value. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
