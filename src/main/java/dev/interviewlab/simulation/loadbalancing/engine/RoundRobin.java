package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;

/** Each eligible server in turn, skipping the others. */
final class RoundRobin implements Balancer {

    private int next;
    private Decision last;

    @Override
    public int pick(int key, View view, boolean explain) {
        List<Integer> walked = explain ? new ArrayList<>() : null;
        for (int i = 0; i < view.size(); i++) {
            int server = (next + i) % view.size();
            if (explain) {
                walked.add(server);
            }
            if (view.eligible(server)) {
                next = server + 1;
                if (explain) {
                    last = new Decision(Algorithm.ROUND_ROBIN, server, walked, List.of());
                }
                return server;
            }
        }
        throw new IllegalStateException("no eligible server");
    }

    @Override
    public Decision lastDecision() {
        return last;
    }
}
