package dev.interviewlab.simulation.loadbalancing.benchmark;

import dev.interviewlab.simulation.loadbalancing.engine.Algorithm;
import dev.interviewlab.simulation.loadbalancing.engine.ArrivalProcess;
import dev.interviewlab.simulation.loadbalancing.engine.CostDistribution;
import dev.interviewlab.simulation.loadbalancing.engine.ErlangC;
import dev.interviewlab.simulation.loadbalancing.engine.FailurePolicy;
import dev.interviewlab.simulation.loadbalancing.engine.LbLimits;
import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import dev.interviewlab.simulation.loadbalancing.engine.LoadBalancing;
import dev.interviewlab.simulation.loadbalancing.engine.RunStats;
import dev.interviewlab.simulation.loadbalancing.engine.ServerSpec;

import java.util.List;
import java.util.Locale;

/**
 * The long version of {@code QueueingTheoryTest}, too slow for {@code ./mvnw verify}: 200 seeds of
 * 20,000 requests per station (4 million requests), including a busier M/M/4 at ρ = 0.7, printing
 * the pooled mean wait against Erlang C and the scatter of one run. Run with
 * {@code java -cp target/test-classes:target/classes dev.interviewlab.simulation.loadbalancing.benchmark.QueueingTheoryLongRun}.
 */
public final class QueueingTheoryLongRun {

    private QueueingTheoryLongRun() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double[][] stations = {{1, 50, 10}, {1, 80, 10}, {2, 60, 20}, {4, 60, 40}, {4, 70, 40}};
        for (double[] station : stations) {
            int c = (int) station[0];
            double lambda = station[1];
            double service = station[2];
            double expected = ErlangC.waitMs(c, lambda, 1000 / service);
            double sum = 0;
            double squares = 0;
            long start = System.nanoTime();
            for (long seed = 1; seed <= seeds; seed++) {
                RunStats stats = LoadBalancing.statsOnly(new LbScenario(Algorithm.ROUND_ROBIN, seed, LbLimits.MAX_REQUESTS,
                        ArrivalProcess.POISSON, lambda, CostDistribution.EXPONENTIAL, service,
                        List.of(new ServerSpec(1, 1, c, LbLimits.MAX_QUEUE)), -1, 0, 0, FailurePolicy.DROP, 1, 1));
                sum += stats.meanWaitMs();
                squares += stats.meanWaitMs() * stats.meanWaitMs();
            }
            double mean = sum / seeds;
            double spread = Math.sqrt(Math.max(0, squares / seeds - mean * mean));
            System.out.printf(Locale.ROOT, "M/M/%d rho=%.2f: Erlang C %.4f ms, pooled %.4f ms (%+.2f %%), one run's sd %.1f %%, "
                            + "pooled se %.2f %%, %.1f ms per run%n", c, lambda * service / 1000 / c, expected, mean,
                    100 * (mean - expected) / expected, 100 * spread / expected, 100 * spread / expected / Math.sqrt(seeds),
                    (System.nanoTime() - start) / 1e6 / seeds);
        }
    }
}
