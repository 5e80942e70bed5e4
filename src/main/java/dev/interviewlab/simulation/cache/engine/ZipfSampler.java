package dev.interviewlab.simulation.cache.engine;

/**
 * Draws ranks 1..n with probability proportional to 1 / rank^s in O(1) and without tables, by
 * rejection-inversion (Hörmann and Derflinger, "Rejection-inversion to generate variates from
 * monotone discrete distributions", ACM TOMACS 6(3), 1996), in the form that allows every s &gt; 0:
 * the hat integral H(x) = (x^(1-s) - 1) / (1 - s), with its limit log x at s = 1.
 */
final class ZipfSampler {

    private final int n;
    private final double s;
    private final double hIntegralX1;
    private final double hIntegralN;
    private final double cut;

    ZipfSampler(int n, double s) {
        if (n < 1 || !(s > 0)) {
            throw new IllegalArgumentException("need n >= 1 and s > 0");
        }
        this.n = n;
        this.s = s;
        this.hIntegralX1 = hIntegral(1.5) - 1.0;
        this.hIntegralN = hIntegral(n + 0.5);
        this.cut = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2));
    }

    /** A rank in [1, n]. */
    int sample(SplitMix64 random) {
        while (true) {
            double u = hIntegralN + random.nextDouble() * (hIntegralX1 - hIntegralN);
            double x = hIntegralInverse(u);
            int k = (int) (x + 0.5);
            if (k < 1) {
                k = 1;
            } else if (k > n) {
                k = n;
            }
            // accept at once inside the squeeze, else compare with the exact area under the hat
            if (k - x <= cut || u >= hIntegral(k + 0.5) - h(k)) {
                return k;
            }
        }
    }

    private double h(double x) {
        return Math.exp(-s * Math.log(x));
    }

    private double hIntegral(double x) {
        double logX = Math.log(x);
        return expm1OverX((1.0 - s) * logX) * logX;
    }

    private double hIntegralInverse(double x) {
        double t = Math.max(-1.0, x * (1.0 - s));
        return Math.exp(log1pOverX(t) * x);
    }

    /** log(1 + x) / x, with its Taylor series near 0 where the quotient loses precision. */
    private static double log1pOverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1.0 - x * (0.5 - x * (1.0 / 3.0 - x * 0.25));
    }

    /** (e^x - 1) / x, with its Taylor series near 0. */
    private static double expm1OverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1.0 + x * 0.5 * (1.0 + x / 3.0 * (1.0 + x * 0.25));
    }
}
