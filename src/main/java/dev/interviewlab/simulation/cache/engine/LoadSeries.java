package dev.interviewlab.simulation.cache.engine;

/**
 * Counts per window of virtual time, recorded in time order. It holds a fixed number of windows:
 * when the run outlasts them, neighbouring windows merge and the width doubles, so a run of any
 * length ends with at most {@link #WINDOWS} windows of equal width and nothing is allocated.
 */
final class LoadSeries {

    static final int WINDOWS = 1024;
    /** The first window is 2^10 µs = 1.024 ms wide. */
    static final int INITIAL_SHIFT = 10;

    private final int[] hits = new int[WINDOWS];
    private final int[] misses = new int[WINDOWS];
    private final int[] dbReads = new int[WINDOWS];
    private final int[] dbWrites = new int[WINDOWS];
    private int shift = INITIAL_SHIFT;
    private int used;

    void hit(long time) {
        hits[window(time)]++;
    }

    void miss(long time) {
        misses[window(time)]++;
    }

    void dbRead(long time) {
        dbReads[window(time)]++;
    }

    void dbWrite(long time, int count) {
        dbWrites[window(time)] += count;
    }

    private int window(long time) {
        long index = time >>> shift;
        while (index >= WINDOWS) {
            rollUp();
            index = time >>> shift;
        }
        if (index >= used) {
            used = (int) index + 1;
        }
        return (int) index;
    }

    private void rollUp() {
        for (int[] counts : new int[][]{hits, misses, dbReads, dbWrites}) {
            for (int i = 0; i < WINDOWS / 2; i++) {
                counts[i] = counts[2 * i] + counts[2 * i + 1];
            }
            java.util.Arrays.fill(counts, WINDOWS / 2, WINDOWS, 0);
        }
        used = (used + 1) / 2;
        shift++;
    }

    /** The windows up to {@code endTime}. */
    TimeSeries snapshot(long endTime) {
        int length = Math.max(used, (int) Math.min(WINDOWS, (endTime >>> shift) + 1));
        return new TimeSeries(1L << shift, java.util.Arrays.copyOf(hits, length), java.util.Arrays.copyOf(misses, length),
                java.util.Arrays.copyOf(dbReads, length), java.util.Arrays.copyOf(dbWrites, length));
    }
}
