package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;

/** Routes by the request's key on a {@link HashRing}, walking clockwise past servers not eligible. */
final class ConsistentHashing implements Balancer {

    private final HashRing ring;
    private Decision last;

    ConsistentHashing(HashRing ring) {
        this.ring = ring;
    }

    @Override
    public int pick(int key, View view, boolean explain) {
        long hash = HashRing.keyHash(key);
        int start = ring.firstPoint(hash);
        List<Integer> walked = explain ? new ArrayList<>() : null;
        for (int i = 0; i < ring.pointCount(); i++) {
            int server = ring.owner(start + i);
            if (explain && !walked.contains(server)) {
                walked.add(server);
            }
            if (view.eligible(server)) {
                if (explain) {
                    // the key's position as a fraction of the ring, for the page to show
                    double position = (double) (hash >>> 11) / (1L << 53);
                    last = new Decision(Algorithm.CONSISTENT_HASH, server, walked, List.of(position));
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
