package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Power of two choices: two distinct eligible servers at random, the less loaded one (the first
 * drawn on a tie). Load is either the outstanding requests, or Finagle's peak EWMA cost
 * ({@code PeakEwma} in finagle-core's loadbalancer package, the same in Linkerd): a latency
 * average that jumps up to any slower response at once and decays back slowly, times
 * (outstanding + 1).
 */
final class TwoChoices implements Balancer {

    enum Load { OUTSTANDING, PEAK_EWMA }

    /** Finagle's default decay time for peak EWMA. */
    static final double DECAY_MS = 10_000;
    /** Finagle's cost of a server with requests in flight but no measured latency yet: avoid it. */
    static final double PENALTY = 1e12;

    private final SplittableRandom random;
    private final Load load;
    private final double[] ewmaMs;
    private final double[] stampMs;
    private Decision last;

    TwoChoices(SplittableRandom random, Load load, int servers) {
        this.random = random;
        this.load = load;
        this.ewmaMs = new double[servers];
        this.stampMs = new double[servers];
    }

    @Override
    public int pick(int key, View view, boolean explain) {
        List<Integer> eligible = RandomChoice.Eligible.of(view);
        int first = eligible.get(random.nextInt(eligible.size()));
        if (eligible.size() == 1) {
            if (explain) {
                last = new Decision(algorithm(), first, List.of(first), List.of(load(first, view)));
            }
            return first;
        }
        // the second draw skips the first, so the two are distinct
        int second = eligible.get(random.nextInt(eligible.size() - 1));
        if (second == first) {
            second = eligible.get(eligible.size() - 1);
        }
        double firstLoad = load(first, view);
        double secondLoad = load(second, view);
        int chosen = secondLoad < firstLoad ? second : first;
        if (explain) {
            last = new Decision(algorithm(), chosen, List.of(first, second), List.of(firstLoad, secondLoad));
        }
        return chosen;
    }

    private Algorithm algorithm() {
        return load == Load.OUTSTANDING ? Algorithm.POWER_OF_TWO : Algorithm.PEAK_EWMA;
    }

    private double load(int server, View view) {
        int outstanding = view.outstanding(server);
        if (load == Load.OUTSTANDING) {
            return outstanding;
        }
        observe(server, 0, view.now()); // reading the cost lets it decay towards zero, as Finagle does
        if (ewmaMs[server] == 0 && outstanding > 0) {
            return PENALTY + outstanding;
        }
        return ewmaMs[server] * (outstanding + 1);
    }

    @Override
    public void completed(int server, double latencyMs, double now) {
        if (load == Load.PEAK_EWMA) {
            observe(server, latencyMs, now);
        }
    }

    private void observe(int server, double rttMs, double now) {
        double w = Math.exp(-Math.max(now - stampMs[server], 0) / DECAY_MS);
        ewmaMs[server] = rttMs > ewmaMs[server] ? rttMs : ewmaMs[server] * w + rttMs * (1 - w);
        stampMs[server] = now;
    }

    @Override
    public Decision lastDecision() {
        return last;
    }
}
