package dev.interviewlab.quiz.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Classical item analysis of one quiz item, with the definitions of Moodle's quiz statistics report
 * (docs.moodle.org, "Quiz statistics calculations"): for the attempts s that drew the item, with x_s the
 * item's score and X_s the rest of the test,
 * <ul>
 *   <li>facility index F = 100 · mean(x) (scores run from 0 to 1);</li>
 *   <li>discrimination index D = 100 · C(x, X) / √(V(x) · V(X)), the correlation of x with X;</li>
 *   <li>discriminative efficiency DE = 100 · C(x, X) / C_max(x, X), where C_max is the covariance after
 *       sorting x and X independently, the largest any pairing of these very scores could reach.</li>
 * </ul>
 * C and V use the n − 1 denominator; it cancels in both ratios. Plain Java, no Spring.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    public static ItemStatistics of(List<ItemObservation> observations) {
        int n = observations.size();
        if (n == 0) {
            return ItemStatistics.none();
        }
        double[] x = new double[n];
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = observations.get(i).itemFraction();
            rest[i] = observations.get(i).restFraction();
        }
        double meanX = mean(x);
        OptionalDouble facility = OptionalDouble.of(100 * meanX);
        if (n < 2) {
            return new ItemStatistics(n, facility, OptionalDouble.empty(), OptionalDouble.empty());
        }
        double meanRest = mean(rest);
        double covariance = crossSum(x, meanX, rest, meanRest);
        double varianceX = crossSum(x, meanX, x, meanX);
        double varianceRest = crossSum(rest, meanRest, rest, meanRest);
        OptionalDouble discrimination = varianceX <= 0 || varianceRest <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of(clamp(100 * covariance / Math.sqrt(varianceX * varianceRest)));
        double[] sortedX = x.clone();
        double[] sortedRest = rest.clone();
        Arrays.sort(sortedX);
        Arrays.sort(sortedRest);
        double maxCovariance = crossSum(sortedX, meanX, sortedRest, meanRest);
        OptionalDouble efficiency = maxCovariance <= 1e-12 ? OptionalDouble.empty()
                : OptionalDouble.of(clamp(100 * covariance / maxCovariance));
        return new ItemStatistics(n, facility, discrimination, efficiency);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Σ (a − meanA)(b − meanB): the covariance times n − 1, which cancels in every ratio used here. */
    private static double crossSum(double[] a, double meanA, double[] b, double meanB) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum;
    }

    /** Rounding can leave a perfect correlation a hair above 100. */
    private static double clamp(double percent) {
        return Math.max(-100, Math.min(100, percent));
    }
}
