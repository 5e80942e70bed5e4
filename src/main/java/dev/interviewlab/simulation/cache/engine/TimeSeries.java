package dev.interviewlab.simulation.cache.engine;

import java.util.Arrays;

/**
 * Hits, misses and database queries per window of virtual time, window i covering
 * [i * windowMicros, (i + 1) * windowMicros).
 */
public record TimeSeries(long windowMicros, int[] hits, int[] misses, int[] dbReads, int[] dbWrites) {

    public TimeSeries {
        hits = hits.clone();
        misses = misses.clone();
        dbReads = dbReads.clone();
        dbWrites = dbWrites.clone();
    }

    public int windows() {
        return hits.length;
    }

    /** Database queries (reads and writes) in window i. */
    public int dbLoad(int i) {
        return dbReads[i] + dbWrites[i];
    }

    /** Hits / (hits + misses) in window i, or NaN when the window saw no read of the cache. */
    public double hitRatio(int i) {
        int lookups = hits[i] + misses[i];
        return lookups == 0 ? Double.NaN : (double) hits[i] / lookups;
    }

    /** The most database queries in one window. */
    public int peakDbLoad() {
        int peak = 0;
        for (int i = 0; i < windows(); i++) {
            peak = Math.max(peak, dbLoad(i));
        }
        return peak;
    }

    /** The same counts in windows {@code width} wide, a multiple of this series' width (a power of two). */
    public TimeSeries widenedTo(long width) {
        if (width == windowMicros) {
            return this;
        }
        if (width < windowMicros || width % windowMicros != 0) {
            throw new IllegalArgumentException("can only merge windows into a wider multiple");
        }
        int factor = (int) (width / windowMicros);
        return new TimeSeries(width, merge(hits, factor), merge(misses, factor), merge(dbReads, factor), merge(dbWrites, factor));
    }

    /** The same series padded with empty windows to {@code length} windows. */
    public TimeSeries paddedTo(int length) {
        if (length <= windows()) {
            return this;
        }
        return new TimeSeries(windowMicros, Arrays.copyOf(hits, length), Arrays.copyOf(misses, length),
                Arrays.copyOf(dbReads, length), Arrays.copyOf(dbWrites, length));
    }

    private static int[] merge(int[] counts, int factor) {
        int[] merged = new int[(counts.length + factor - 1) / factor];
        for (int i = 0; i < counts.length; i++) {
            merged[i / factor] += counts[i];
        }
        return merged;
    }

    @Override
    public int[] hits() {
        return hits.clone();
    }

    @Override
    public int[] misses() {
        return misses.clone();
    }

    @Override
    public int[] dbReads() {
        return dbReads.clone();
    }

    @Override
    public int[] dbWrites() {
        return dbWrites.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeSeries that && windowMicros == that.windowMicros && Arrays.equals(hits, that.hits)
                && Arrays.equals(misses, that.misses) && Arrays.equals(dbReads, that.dbReads) && Arrays.equals(dbWrites, that.dbWrites);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(windowMicros) * 31 + Arrays.hashCode(dbReads);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + windows() + " windows of " + windowMicros + " µs, peak DB load " + peakDbLoad() + "]";
    }
}
