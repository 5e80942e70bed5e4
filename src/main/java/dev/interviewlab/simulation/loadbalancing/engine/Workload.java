package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.SplittableRandom;

/**
 * The arrival stream of a scenario, drawn once from its seed: every algorithm of a comparison sees
 * the same requests at the same times with the same costs and keys. The balancers' own coin flips
 * (random, two choices) come from a second stream, so they do not shift the arrivals.
 */
public final class Workload {

    private final double[] arrivalMs;
    private final double[] cost;
    private final int[] key;

    private Workload(double[] arrivalMs, double[] cost, int[] key) {
        this.arrivalMs = arrivalMs;
        this.cost = cost;
        this.key = key;
    }

    public static Workload of(LbScenario s) {
        SplittableRandom random = new SplittableRandom(s.seed());
        int n = s.requests();
        double[] arrivals = new double[n];
        double[] costs = new double[n];
        int[] keys = new int[n];
        double meanGap = 1000 / s.ratePerSecond();
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += s.arrivals() == ArrivalProcess.POISSON ? -meanGap * Math.log(1 - random.nextDouble()) : meanGap;
            arrivals[i] = t;
            costs[i] = s.cost().sample(s.meanCostMs(), random);
            keys[i] = random.nextInt(s.keys());
        }
        return new Workload(arrivals, costs, keys);
    }

    /** The seed of the balancers' coin flips. */
    static long balancerSeed(long seed) {
        return seed ^ 0x5DEECE66DL;
    }

    public int size() {
        return arrivalMs.length;
    }

    public double arrivalMs(int request) {
        return arrivalMs[request];
    }

    /** Work in milliseconds on a server of speed 1. */
    public double cost(int request) {
        return cost[request];
    }

    public int key(int request) {
        return key[request];
    }
}
