package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorkloadGeneratorTest {

    @ParameterizedTest(name = "n={0}, s={1}")
    @CsvSource({"100, 1.0", "1000, 0.99", "50, 0.5", "20, 2.0"})
    void zipfRanksFollowOneOverRankToTheSkew(int n, double skew) {
        ZipfSampler sampler = new ZipfSampler(n, skew);
        SplitMix64 random = new SplitMix64(11);
        int samples = 400_000;
        int[] counts = new int[n + 1];
        for (int i = 0; i < samples; i++) {
            counts[sampler.sample(random)]++;
        }
        double harmonic = 0;
        for (int k = 1; k <= n; k++) {
            harmonic += Math.pow(k, -skew);
        }
        for (int rank = 1; rank <= 5; rank++) {
            double expected = Math.pow(rank, -skew) / harmonic;
            double standardError = Math.sqrt(expected * (1 - expected) / samples);
            assertThat((double) counts[rank] / samples).as("rank %d", rank).isCloseTo(expected, within(5 * standardError));
        }
        assertThat(counts[0]).isZero();
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherOne() {
        SimulationInputBuilder builder = SimulationInput.builder().strategies(List.of("delete-then-update")).operations(20_000);
        SimulationInput first = builder.seed(5L).build();
        SimulationInput again = builder.seed(5L).build();
        SimulationInput other = builder.seed(6L).build();

        RunResult a = CacheSimulation.run(first, CompiledWorkload.of(first), Strategy.DELETE_THEN_UPDATE, false);
        RunResult b = CacheSimulation.run(again, CompiledWorkload.of(again), Strategy.DELETE_THEN_UPDATE, false);
        RunResult c = CacheSimulation.run(other, CompiledWorkload.of(other), Strategy.DELETE_THEN_UPDATE, false);

        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.series()).isEqualTo(a.series());
        assertThat(b.staleReads()).isEqualTo(a.staleReads());
        assertThat(c.metrics()).isNotEqualTo(a.metrics());
    }

    @ParameterizedTest(name = "{0}% reads")
    @CsvSource({"0", "50", "95", "100"})
    void theReadShareIsHonoured(int readPercent) {
        SimulationInput input = SimulationInput.builder().readPercent(readPercent).operations(50_000).build();
        CompiledWorkload workload = CompiledWorkload.of(input);

        long writes = java.util.stream.IntStream.range(0, workload.operations()).filter(workload::isWrite).count();

        assertThat((double) writes / workload.operations()).isCloseTo((100 - readPercent) / 100.0, within(0.01));
    }

    @Test
    void theHotKeyGetsItsShareAndOperationsGoRoundRobinToClients() {
        SimulationInput input = SimulationInput.builder().distribution("hot-key").hotKeyPercent(30).clients(3).operations(30_000).build();
        CompiledWorkload workload = CompiledWorkload.of(input);

        long hot = java.util.stream.IntStream.range(0, workload.operations()).filter(op -> workload.keyOf(op) == 0).count();

        assertThat((double) hot / workload.operations()).isCloseTo(0.30, within(0.01));
        assertThat(workload.opClient[0]).isZero();
        assertThat(workload.opClient[4]).isEqualTo(1);
        assertThat(workload.clientStart).containsExactly(0, 10_000, 20_000, 30_000);
    }

    @Test
    void penetrationReadsAskForKeysAboveTheExistingOnes() {
        SimulationInput input = SimulationInput.builder().failureMode("penetration").missingKeyPercent(40).missingKeySpace(500)
                .keyCount(100).readPercent(100).operations(20_000).build();
        CompiledWorkload workload = CompiledWorkload.of(input);

        long missing = java.util.stream.IntStream.range(0, workload.operations()).filter(op -> workload.keyOf(op) >= 100).count();

        assertThat((double) missing / workload.operations()).isCloseTo(0.40, within(0.015));
        assertThat(java.util.stream.IntStream.range(0, workload.operations()).map(workload::keyOf).max().orElseThrow()).isLessThan(600);
        assertThat(workload.keyName(150)).isEqualTo("k150");
    }

    @Test
    void aTraceWithoutClientsOrTimesRunsOneOperationAfterAnother() {
        SimulationInput input = Traces.traceInput(Traces.gets("a b a"), Traces.database("a b")).build();

        RunResult result = Traces.runOnce(input);

        List<Outcome> outcomes = result.outcomes();
        assertThat(outcomes).extracting(Outcome::client).containsOnly(0);
        assertThat(outcomes.get(1).startMicros()).isEqualTo(outcomes.get(0).endMicros());
        assertThat(outcomes.get(2).startMicros()).isEqualTo(outcomes.get(1).endMicros());
    }

    @Test
    void runsStopAtTheirEventBudgetAndSaySo() {
        SimulationInput input = SimulationInput.builder().operations(1_000).build();
        CacheRun run = new CacheRun(input, CompiledWorkload.of(input), Strategy.CACHE_ASIDE, false, null).execute();

        assertThat(run.metrics().truncated()).isFalse();
        assertThat(run.metrics().operations()).isEqualTo(1_000);
    }
}
