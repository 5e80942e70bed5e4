package dev.interviewlab.quiz.analysis;

import java.util.OptionalDouble;

/**
 * What {@link ItemAnalysis} says about one item, as percentages like Moodle's statistics report.
 *
 * @param attempts       how many attempts the figures rest on
 * @param facility       mean score on the item, 0–100 %; empty without attempts
 * @param discrimination correlation of the item's score with the rest of the test, −100 to 100 %;
 *                       empty when either score never varies
 * @param efficiency     the discrimination as a share of the largest the two score distributions allow,
 *                       −100 to 100 %; empty when that largest is zero
 */
public record ItemStatistics(int attempts, OptionalDouble facility, OptionalDouble discrimination,
                             OptionalDouble efficiency) {

    /**
     * Below this many attempts the figures are mostly noise: a correlation over fewer pairs swings
     * by ±0.6 with one answer (its standard error is about 1/√(n−1)), so they are not shown.
     */
    public static final int MIN_ATTEMPTS = 10;

    /** Moodle's threshold: a discriminative efficiency under 15 % makes a question dubious. */
    public static final double DUBIOUS_EFFICIENCY = 15.0;

    public static ItemStatistics none() {
        return new ItemStatistics(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    public boolean tooFewAttempts() {
        return attempts < MIN_ATTEMPTS;
    }

    /** Enough attempts, and an efficiency below 15 %: the item hardly separates stronger from weaker learners. */
    public boolean dubious() {
        return !tooFewAttempts() && efficiency.isPresent() && efficiency.getAsDouble() < DUBIOUS_EFFICIENCY;
    }

    /** For sorting: the efficiency when it is shown, else a value below every real one. */
    public double efficiencyOrLowest() {
        return tooFewAttempts() || efficiency.isEmpty() ? Double.NEGATIVE_INFINITY : efficiency.getAsDouble();
    }
}
