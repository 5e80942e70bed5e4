package dev.interviewlab.simulation.gmp.engine;

/** Virtual time: one tick is 100 µs. */
public final class Tick {

    public static final int MICROS = 100;
    public static final int PER_MILLI = 1000 / MICROS;

    private Tick() {
    }

    /** Ticks as the script writes durations: {@code 2ms}, {@code 300us}. */
    public static String format(int ticks) {
        int micros = ticks * MICROS;
        return micros % 1000 == 0 ? (micros / 1000) + "ms" : micros + "us";
    }

    /** Ticks as milliseconds for summaries, e.g. 12.3. */
    public static double millis(int ticks) {
        return ticks * (double) MICROS / 1000.0;
    }
}
