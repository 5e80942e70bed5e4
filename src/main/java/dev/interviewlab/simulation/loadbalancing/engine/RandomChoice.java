package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** An eligible server uniformly at random. */
final class RandomChoice implements Balancer {

    private final SplittableRandom random;
    private Decision last;

    RandomChoice(SplittableRandom random) {
        this.random = random;
    }

    @Override
    public int pick(int key, View view, boolean explain) {
        List<Integer> eligible = Eligible.of(view);
        int server = eligible.get(random.nextInt(eligible.size()));
        if (explain) {
            last = new Decision(Algorithm.RANDOM, server, eligible, List.of());
        }
        return server;
    }

    @Override
    public Decision lastDecision() {
        return last;
    }

    /** The servers a pick may choose from, in index order. */
    static final class Eligible {

        private Eligible() {
        }

        static List<Integer> of(View view) {
            List<Integer> eligible = new ArrayList<>(view.size());
            for (int server = 0; server < view.size(); server++) {
                if (view.eligible(server)) {
                    eligible.add(server);
                }
            }
            if (eligible.isEmpty()) {
                throw new IllegalStateException("no eligible server");
            }
            return eligible;
        }
    }
}
