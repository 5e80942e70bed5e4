package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.SplittableRandom;

/** The work a request needs, in milliseconds on a server of speed 1, all with the same mean. */
public enum CostDistribution implements Choice {
    /** Memoryless: many short requests, a few long ones (the M in M/M/c). */
    EXPONENTIAL,
    /** Every request costs the mean. */
    FIXED,
    /** Pareto with shape 1.5: finite mean, infinite variance; a few requests cost 10–100× the mean. */
    PARETO;

    static final double PARETO_SHAPE = 1.5;

    double sample(double mean, SplittableRandom random) {
        return switch (this) {
            case EXPONENTIAL -> -mean * Math.log(1 - random.nextDouble());
            case FIXED -> mean;
            // scale x_m = mean (α − 1) / α; inverse transform x_m / U^(1/α) with U in (0, 1]
            case PARETO -> mean * (PARETO_SHAPE - 1) / PARETO_SHAPE / Math.pow(1 - random.nextDouble(), 1 / PARETO_SHAPE);
        };
    }
}
