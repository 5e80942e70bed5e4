package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.Collections;
import java.util.List;

/**
 * Ready-made scenarios, each showing one lesson. Loads are given as a share of capacity: four
 * servers of speed 1 with a 10 ms mean cost serve 400 requests a second.
 */
public enum LbPreset implements Choice {
    /** Four equal servers at 70 % load: round robin is fine when servers and requests are alike. */
    EVEN(Algorithm.ROUND_ROBIN, 280, CostDistribution.EXPONENTIAL, equal(4), -1, FailurePolicy.DROP),
    /** Weights 5, 1, 1 on servers that fast: nginx's smooth order a a b a c a a. */
    WEIGHTED(Algorithm.SMOOTH_WEIGHTED, 490, CostDistribution.EXPONENTIAL,
            List.of(server(5, 5), server(1, 1), server(1, 1)), -1, FailurePolicy.DROP),
    /** Server d is four times slower: blind rotation fills its queue; load-aware picks steer around it. */
    SLOW_SERVER(Algorithm.PEAK_EWMA, 230, CostDistribution.EXPONENTIAL,
            List.of(server(1, 1), server(1, 1), server(1, 1), server(0.25, 1)), -1, FailurePolicy.DROP),
    /** Pareto costs: a few huge requests; counting outstanding requests routes around them. */
    HEAVY_TAIL(Algorithm.LEAST_CONNECTIONS, 280, CostDistribution.PARETO, equal(4), -1, FailurePolicy.DROP),
    /** Server b dies at 2 s and the health check needs 0.5 s to notice; its requests are retried once. */
    FAILURE(Algorithm.ROUND_ROBIN, 240, CostDistribution.EXPONENTIAL, equal(4), 1, FailurePolicy.RETRY),
    /** Requests with keys on a ring of 100 virtual nodes per server: stickiness, and what adding a server moves. */
    HASHING(Algorithm.CONSISTENT_HASH, 240, CostDistribution.EXPONENTIAL, equal(4), -1, FailurePolicy.DROP);

    public static final LbPreset DEFAULT = SLOW_SERVER;
    static final int REQUESTS = 2_000;
    static final double MEAN_COST_MS = 10;
    static final int QUEUE = 50;

    private final LbScenario scenario;

    LbPreset(Algorithm algorithm, double rate, CostDistribution cost, List<ServerSpec> servers, int failServer,
             FailurePolicy onFailure) {
        this.scenario = new LbScenario(algorithm, 42, REQUESTS, ArrivalProcess.POISSON, rate, cost, MEAN_COST_MS, servers,
                failServer, 2_000, 500, onFailure, 1_000, 100);
    }

    public LbScenario scenario() {
        return scenario;
    }

    private static List<ServerSpec> equal(int n) {
        return Collections.nCopies(n, server(1, 1));
    }

    private static ServerSpec server(double speed, int weight) {
        return new ServerSpec(speed, weight, 1, QUEUE);
    }
}
