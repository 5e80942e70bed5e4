package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * nginx's smooth weighted round robin (ngx_http_upstream_get_peer in
 * src/http/ngx_http_upstream_round_robin.c): every pick adds each server's weight to its current
 * weight, chooses the largest current weight (the first on a tie, nginx compares with {@code >}),
 * and takes the total weight off the chosen one. Weights {5, 1, 1} give a a b a c a a, spreading b
 * and c among the a's rather than a a a a a b c. nginx's effective_weight, lowered after failures,
 * is the plain weight here: this balancer is told of failures by health checks instead.
 */
final class SmoothWeightedRoundRobin implements Balancer {

    private final long[] current;
    private Decision last;

    SmoothWeightedRoundRobin(int servers) {
        current = new long[servers];
    }

    @Override
    public int pick(int key, View view, boolean explain) {
        int best = -1;
        long total = 0;
        for (int server = 0; server < view.size(); server++) {
            if (!view.eligible(server)) {
                continue;
            }
            current[server] += view.weight(server);
            total += view.weight(server);
            if (best == -1 || current[server] > current[best]) {
                best = server;
            }
        }
        if (best == -1) {
            throw new IllegalStateException("no eligible server");
        }
        if (explain) {
            List<Integer> candidates = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (int server = 0; server < view.size(); server++) {
                if (view.eligible(server)) {
                    candidates.add(server);
                    scores.add((double) current[server]);
                }
            }
            last = new Decision(Algorithm.SMOOTH_WEIGHTED, best, candidates, scores);
        }
        current[best] -= total;
        return best;
    }

    @Override
    public Decision lastDecision() {
        return last;
    }
}
