package dev.interviewlab.simulation.cache.engine;

import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.RawTraceOperation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static dev.interviewlab.simulation.cache.engine.Traces.get;
import static dev.interviewlab.simulation.cache.engine.Traces.put;
import static dev.interviewlab.simulation.cache.engine.Traces.runOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write-through orders a key's writes in the cache layer: one write at a time, database then entry.
 * Update-the-database-then-set-the-cache has the same steps without that order, so it is the baseline.
 */
class WriteThroughOrderingTest {

    private static final int SEEDS = 300;

    /**
     * Six writers of one key start within 1 ms of each other with widely jittered latencies, four
     * readers load and fill it meanwhile, and a last reader asks at 1 s, long after every write has
     * settled and well within the TTL.
     */
    private static SimulationInput racingWriters(String strategy, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        List<RawTraceOperation> ops = new ArrayList<>();
        for (int writer = 0; writer < 6; writer++) {
            ops.add(put(writer, random.nextLong(1_000) / 1000.0, "k", "w" + writer));
        }
        for (int reader = 6; reader < 10; reader++) {
            ops.add(get(reader, random.nextLong(15_000) / 1000.0, "k"));
        }
        ops.add(get(10, 1_000, "k"));
        return SimulationInput.builder().trace(ops).database(Map.of("k", "old")).strategies(List.of(strategy))
                .latencyJitterPercent(200).seed(seed).build();
    }

    private static long seedsWhereTheLastReadIsStale(String strategy) {
        return LongStream.range(0, SEEDS).filter(seed -> {
            RunResult run = runOnce(racingWriters(strategy, seed));
            return run.outcomes().get(run.outcomes().size() - 1).stale();
        }).count();
    }

    @Test
    void writeThroughNeverLeavesTheCacheOlderThanTheDatabaseOnceTheLastWriteSettles() {
        assertThat(seedsWhereTheLastReadIsStale("update-db-then-cache"))
                .as("without a per-key order, racing writers leave an older value in the cache").isPositive();
        assertThat(seedsWhereTheLastReadIsStale("write-through")).isZero();
    }

    @Test
    void writeThroughDoesOneWriteOfAKeyAtATimeAndSetsTheEntryInCommitOrder() {
        for (long seed = 0; seed < SEEDS; seed++) {
            RunResult run = runOnce(racingWriters("write-through", seed));
            List<SimulationEvent> writeSteps = run.events().stream()
                    .filter(e -> e.kind() == EventKind.DB_WRITE || e.kind() == EventKind.CACHE_SET).toList();
            assertThat(writeSteps).hasSize(12);
            for (int i = 0; i < writeSteps.size(); i += 2) {
                SimulationEvent commit = writeSteps.get(i);
                SimulationEvent set = writeSteps.get(i + 1);
                assertThat(commit.kind()).as("seed %d: a commit, then its own set, before the next commit", seed)
                        .isEqualTo(EventKind.DB_WRITE);
                assertThat(set.kind()).isEqualTo(EventKind.CACHE_SET);
                assertThat(set.client()).isEqualTo(commit.client());
                assertThat(set.value()).isEqualTo(set.newestCommitted());
            }
            assertThat(run.metrics().staleReadsByCause()).doesNotContainKeys(AnomalyCause.OUT_OF_ORDER_SET, AnomalyCause.STALE_FILL);
        }
    }

    @Test
    void theQueuedWritesAndTheHotKeysReloadsKeepARunDeterministicForItsSeed() {
        SimulationInputBuilder busy = SimulationInput.builder().strategies(List.of("write-through", "cache-aside"))
                .failureMode("breakdown").mitigation("hot-key-never-expires").distribution("hot-key").readPercent(80)
                .clients(32).operations(5_000).thinkTimeMs(0.0).latencyJitterPercent(200).seed(7L);

        ExperimentResult result = CacheExperiment.run(busy.build());
        List<Metrics> first = result.runs().stream().map(RunResult::metrics).toList();
        List<Metrics> again = CacheExperiment.run(busy.build()).runs().stream().map(RunResult::metrics).toList();
        List<Metrics> otherSeed = CacheExperiment.run(busy.seed(8L).build()).runs().stream().map(RunResult::metrics).toList();

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(result.run(Strategy.WRITE_THROUGH, false).metrics().queuedWrites()).isPositive();
        assertThat(result.run(Strategy.CACHE_ASIDE, true).metrics().staleReadsByCause()).containsKey(AnomalyCause.REFRESH_PENDING);
    }

    @Test
    void writersOfABusyKeyQueueOnlyInWriteThroughAndNeverSetTheCacheOutOfOrder() {
        SimulationInputBuilder busy = SimulationInput.builder().keyCount(2).readPercent(50).distribution("uniform").clients(16)
                .operations(5_000).thinkTimeMs(0.0).latencyJitterPercent(200);
        ExperimentResult result = CacheExperiment.run(busy.strategies(List.of("update-db-then-cache", "write-through")).build());

        Metrics baseline = result.run(Strategy.UPDATE_DB_THEN_CACHE, false).metrics();
        Metrics ordered = result.run(Strategy.WRITE_THROUGH, false).metrics();

        assertThat(baseline.staleReadsByCause()).containsKey(AnomalyCause.OUT_OF_ORDER_SET);
        assertThat(baseline.queuedWrites()).isZero();
        assertThat(ordered.staleReadsByCause()).doesNotContainKeys(AnomalyCause.OUT_OF_ORDER_SET, AnomalyCause.STALE_FILL);
        assertThat(ordered.queuedWrites()).isPositive().isLessThan(ordered.writes());
        assertThat(ordered.latencyP99Micros()).as("waiting for the key costs latency").isGreaterThan(baseline.latencyP99Micros());
    }
}
