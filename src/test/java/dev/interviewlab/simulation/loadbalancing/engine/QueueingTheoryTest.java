package dev.interviewlab.simulation.loadbalancing.engine;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against queueing theory, which none of its code encodes: Poisson arrivals into c
 * exponential workers sharing one unbounded FIFO queue form an M/M/c station, whose mean waiting
 * time is Erlang C's {@code C(c, a) / (c μ − λ)} (c = 1: M/M/1, {@code ρ / (μ − λ)}).
 *
 * <p>A run is at most {@link LbLimits#MAX_REQUESTS} requests, so each case pools independent
 * seeds. Measured over 200 seeds, one run's mean wait scatters by 4 % (M/M/1, ρ = 0.5) to 7.4 %
 * (M/M/4, ρ = 0.6) of the exact value, and the 200-seed pools land within 0.3 % of it; with the
 * seed counts below the pooled mean's standard error is at most 0.75 %, so the 3 % bound is four
 * standard errors. The runs start empty, a bias of order (relaxation time / run length), under
 * 0.1 % here. Busier stations and longer runs are in {@code LoadBalancingBenchmark}'s notes.
 */
class QueueingTheoryTest {

    @ParameterizedTest(name = "M/M/{0}: λ = {1}/s, mean service {2} ms, {3} seeds")
    @CsvSource({
            "1, 50, 10, 40",   // ρ = 0.5, Wq = 10 ms
            "2, 60, 20, 60",   // ρ = 0.6
            "4, 60, 40, 100",  // ρ = 0.6, a = 2.4
    })
    void meanWaitOfOneStationMatchesErlangC(int workers, double lambdaPerSecond, double meanServiceMs, int seeds) {
        double expected = ErlangC.waitMs(workers, lambdaPerSecond, 1000 / meanServiceMs);
        double measured = pooledMeanWait(seeds, seed -> station(Algorithm.ROUND_ROBIN, 1, workers, lambdaPerSecond,
                meanServiceMs, seed));
        assertThat(measured).isCloseTo(expected, Percentage.withPercentage(3));
    }

    /**
     * Random routing splits a Poisson stream into independent Poisson streams (thinning), so each
     * of n servers is an M/M/1 station with λ/n: the balancer's path, not only the station's.
     */
    @ParameterizedTest(name = "random over {0} servers")
    @CsvSource({"3", "5"})
    void randomRoutingMakesEachServerAnMM1WithItsShareOfTheArrivals(int servers) {
        double lambda = 50.0 * servers;
        double measured = pooledMeanWait(40, seed -> station(Algorithm.RANDOM, servers, 1, lambda, 10, seed));
        assertThat(measured).isCloseTo(ErlangC.waitMs(1, 50, 100), Percentage.withPercentage(3));
    }

    /**
     * Lindley's recursion W(n+1) = max(0, W(n) + S(n) − A(n+1)) gives a FIFO single server's waits
     * from the same draws without any event queue: the engine must agree on every sample, not only
     * on average.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3"})
    void oneServerWaitsAsLindleysRecursionSays(long seed) {
        LbScenario scenario = station(Algorithm.ROUND_ROBIN, 1, 1, 80, 10, seed);
        Workload workload = Workload.of(scenario);
        double wait = 0;
        double total = 0;
        for (int i = 1; i < workload.size(); i++) {
            wait = Math.max(0, wait + workload.cost(i - 1) - (workload.arrivalMs(i) - workload.arrivalMs(i - 1)));
            total += wait;
        }
        assertThat(LoadBalancing.statsOnly(scenario).meanWaitMs()).isCloseTo(total / workload.size(),
                Percentage.withPercentage(1e-7));
    }

    private interface ScenarioOfSeed {
        LbScenario of(long seed);
    }

    private static double pooledMeanWait(int seeds, ScenarioOfSeed scenario) {
        double waited = 0;
        long answered = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            RunStats stats = LoadBalancing.statsOnly(scenario.of(seed));
            assertThat(stats.dropped()).isZero();
            waited += stats.meanWaitMs() * stats.completed();
            answered += stats.completed();
        }
        return waited / answered;
    }

    static LbScenario station(Algorithm algorithm, int servers, int workers, double lambdaPerSecond, double meanServiceMs,
                              long seed) {
        return new LbScenario(algorithm, seed, LbLimits.MAX_REQUESTS, ArrivalProcess.POISSON, lambdaPerSecond,
                CostDistribution.EXPONENTIAL, meanServiceMs,
                Collections.nCopies(servers, new ServerSpec(1, 1, workers, LbLimits.MAX_QUEUE)),
                -1, 0, 0, FailurePolicy.DROP, 1, 1);
    }
}
