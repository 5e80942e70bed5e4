package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks a server for a request. A balancer sees what a real one sees: which servers it believes
 * healthy, how many requests each has outstanding, and (through {@link #completed}) how long
 * requests took; never the servers' speeds or queues.
 */
interface Balancer {

    /** What the balancer knows about the servers at the moment of a pick. */
    interface View {
        int size();

        /** Believed healthy (not yet detected as down) and not excluded for this request (a retry avoids the server that failed it). */
        boolean eligible(int server);

        /** Requests sent to the server and not yet answered. */
        int outstanding(int server);

        int weight(int server);

        double now();
    }

    /**
     * @param key     the request's key (consistent hashing routes by it)
     * @param explain whether to keep the reasons for {@link #lastDecision()}
     * @return the chosen server; the caller guarantees at least one is eligible
     */
    int pick(int key, View view, boolean explain);

    /** Why the last pick made with {@code explain} chose its server. */
    Decision lastDecision();

    /** A request the server answered after {@code latencyMs}, as seen from the balancer. */
    default void completed(int server, double latencyMs, double now) {
    }

    static Balancer of(LbScenario scenario) {
        SplittableRandom random = new SplittableRandom(Workload.balancerSeed(scenario.seed()));
        return switch (scenario.algorithm()) {
            case ROUND_ROBIN -> new RoundRobin();
            case SMOOTH_WEIGHTED -> new SmoothWeightedRoundRobin(scenario.servers().size());
            case RANDOM -> new RandomChoice(random);
            case LEAST_CONNECTIONS -> new LeastConnections();
            case POWER_OF_TWO -> new TwoChoices(random, TwoChoices.Load.OUTSTANDING, scenario.servers().size());
            case PEAK_EWMA -> new TwoChoices(random, TwoChoices.Load.PEAK_EWMA, scenario.servers().size());
            case CONSISTENT_HASH -> new ConsistentHashing(HashRing.of(scenario.servers(), scenario.virtualNodes()));
        };
    }

    /**
     * @param candidates the servers the rule looked at, in its order (for hashing: the ring's owners
     *                   walked clockwise from the key, down ones first)
     * @param scores     a number per candidate the rule compared (current weight, outstanding per
     *                   weight, EWMA cost); for hashing the key's position on the ring in [0, 1)
     */
    record Decision(Algorithm algorithm, int server, List<Integer> candidates, List<Double> scores) {

        public Decision {
            candidates = List.copyOf(candidates);
            scores = List.copyOf(scores);
        }
    }
}
