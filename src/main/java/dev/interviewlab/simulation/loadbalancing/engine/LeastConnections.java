package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The fewest outstanding requests per unit of weight, as nginx's least_conn compares
 * {@code conns / weight}; among equals, the first after the last pick (nginx then applies weighted
 * round robin among the tied; plain rotation is the same for equal weights).
 */
final class LeastConnections implements Balancer {

    private int next;
    private Decision last;

    @Override
    public int pick(int key, View view, boolean explain) {
        int best = -1;
        double bestLoad = Double.POSITIVE_INFINITY;
        for (int i = 0; i < view.size(); i++) {
            int server = (next + i) % view.size();
            if (!view.eligible(server)) {
                continue;
            }
            double load = (double) view.outstanding(server) / view.weight(server);
            if (load < bestLoad) {
                best = server;
                bestLoad = load;
            }
        }
        if (best == -1) {
            throw new IllegalStateException("no eligible server");
        }
        next = best + 1;
        if (explain) {
            List<Integer> candidates = RandomChoice.Eligible.of(view);
            List<Double> scores = new ArrayList<>();
            candidates.forEach(server -> scores.add((double) view.outstanding(server) / view.weight(server)));
            last = new Decision(Algorithm.LEAST_CONNECTIONS, best, candidates, scores);
        }
        return best;
    }

    @Override
    public Decision lastDecision() {
        return last;
    }
}
