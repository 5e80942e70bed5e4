package dev.interviewlab.review.fsrs;

import java.util.Arrays;

/**
 * The 21 weights w0..w20 of FSRS-6. w0..w3 are the initial stabilities per grade, w4..w7 shape
 * difficulty, w8..w16 the stability after a recall or a lapse, w17..w19 same-day reviews and w20 the
 * trainable decay of the forgetting curve (FSRS-5 fixed it at 0.5).
 */
public record FsrsParameters(double[] w) {

    /**
     * FSRS-6's published defaults, as in open-spaced-repetition's py-fsrs 6 and java-fsrs 1.0.0
     * ({@code Scheduler.DEFAULT_PARAMETERS}).
     */
    public static final FsrsParameters DEFAULT = new FsrsParameters(new double[] {
            0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178, 1.849,
            0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2});

    public FsrsParameters {
        if (w == null || w.length != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 parameters w0..w20");
        }
        if (Arrays.stream(w).anyMatch(value -> !Double.isFinite(value)) || w[20] <= 0) {
            throw new IllegalArgumentException("FSRS-6 parameters are finite numbers and the decay w20 is positive");
        }
        w = w.clone();
    }

    double w(int index) {
        return w[index];
    }

    @Override
    public double[] w() {
        return w.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters that && Arrays.equals(w, that.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return "FsrsParameters" + Arrays.toString(w);
    }
}
