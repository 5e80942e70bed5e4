package dev.interviewlab.simulation.cache.engine;

/**
 * Timers of one kind (the delayed second deletes, the hot key's background refreshes), each due at
 * a time for a key. Each is set a fixed delay after an event of a run whose clock only moves
 * forward, so they arrive in the order they fall due and a ring buffer in arrival order is the
 * queue in time order.
 */
final class KeyTimers {

    private long[] times = new long[16];
    private int[] keys = new int[16];
    private int head;
    private int count;

    /** Adds a timer; true when it is now the only one (the caller schedules it). */
    boolean add(long time, int key) {
        if (count == times.length) {
            long[] grownTimes = new long[count * 2];
            int[] grownKeys = new int[count * 2];
            for (int i = 0; i < count; i++) {
                int from = (head + i) % count;
                grownTimes[i] = times[from];
                grownKeys[i] = keys[from];
            }
            times = grownTimes;
            keys = grownKeys;
            head = 0;
        }
        int tail = (head + count) % times.length;
        times[tail] = time;
        keys[tail] = key;
        return count++ == 0;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** When the earliest timer falls due. */
    long nextTime() {
        return times[head];
    }

    /** Removes the earliest timer and returns its key. */
    int poll() {
        int key = keys[head];
        head = (head + 1) % times.length;
        count--;
        return key;
    }
}
