package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.interviewlab.simulation.cache.engine.Traces.get;
import static dev.interviewlab.simulation.cache.engine.Traces.pattern;
import static dev.interviewlab.simulation.cache.engine.Traces.put;
import static dev.interviewlab.simulation.cache.engine.Traces.runOnce;
import static dev.interviewlab.simulation.cache.engine.Traces.traceInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The races of the consistency notes, reproduced with fixed latencies (cache 1 ms, database read
 * 2 ms; a call takes effect half-way through its round trip) and counted.
 */
class StrategyConsistencyTest {

    private static final Map<String, String> OLD = Map.of("k", "old");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "cache-aside,           WMWMH",
            "delete-then-update,    WMWMH",
            "delayed-double-delete, WMWMH",
            "update-db-then-cache,  WHWHH",
            "update-cache-then-db,  WHWHH",
            "write-through,         WHWHH",
            "write-back,            WHWHH",
    })
    void aSingleClientAlwaysReadsItsOwnLatestWrite(String strategy, String expected) {
        SimulationInput input = traceInput(List.of(put("k", "1"), get("k"), put("k", "2"), get("k"), get("k")), OLD)
                .strategies(List.of(strategy)).build();

        RunResult result = runOnce(input);

        assertThat(pattern(result)).isEqualTo(expected);
        assertThat(result.outcomes()).filteredOn(o -> o.op().equals("get")).extracting(Outcome::value)
                .containsExactly("1", "2", "2");
        assertThat(result.metrics().staleReads()).isZero();
    }

    /**
     * Cache-aside with a 1 ms database write. The reader R (client 0, at 0) misses at 0.5 ms, reads
     * "old" from the database at 2.0 ms and fills the cache at 3.5 ms. The writer W (client 1)
     * starting at {@code writerAt} commits at writerAt + 0.5 and deletes at writerAt + 1.5. A third
     * client reads at 5 ms.
     * <ul>
     *   <li>W at 0.5: commits at 1.0, before R's read: R loads "new", nothing is stale.</li>
     *   <li>W at 1.8: commits at 2.3 (after R's read) and deletes at 3.3 (before R's fill): the
     *       classic race; "old" sits in the cache from 3.5 ms to the end (6.0 ms) and the third
     *       read returns it: one stale read, 2.5 ms of inconsistency.</li>
     *   <li>W at 3.0: commits at 3.5, just after R's fill, and deletes at 4.5: the cache is stale for
     *       1 ms but nobody reads it then.</li>
     * </ul>
     */
    @ParameterizedTest(name = "writer at {0} ms: {1} stale read(s), {2} µs inconsistent")
    @CsvSource({
            "0.5, 0, 0,    new",
            "1.8, 1, 2500, old",
            "3.0, 0, 1000, new",
    })
    void cacheAsideRaceNeedsTheWholeWriteBetweenTheReadersSelectAndSet(double writerAt, int stale, long inconsistent,
                                                                      String thirdReadSees) {
        SimulationInput input = traceInput(List.of(get(0, 0, "k"), put(1, writerAt, "k", "new"), get(2, 5, "k")), OLD)
                .dbWriteLatencyMs(1.0).build();

        RunResult result = runOnce(input);

        assertThat(result.metrics().staleReads()).isEqualTo(stale);
        assertThat(result.metrics().inconsistentMicros()).isEqualTo(inconsistent);
        assertThat(result.outcomes().get(2).value()).isEqualTo(thirdReadSees);
        assertThat(result.outcomes().get(2).stale()).isEqualTo(stale == 1);
        if (stale == 1) {
            assertThat(result.staleRead().cause()).isEqualTo(AnomalyCause.STALE_FILL);
            assertThat(result.staleRead().valueRead()).isEqualTo("old");
            assertThat(result.staleRead().newest()).isEqualTo("new");
            assertThat(result.outcomes().get(0).stale()).as("R began before the commit, so its own read is not stale").isFalse();
        }
    }

    /**
     * Delete first, with a 4 ms database write: W deletes at 0.5 and commits at 3.0; R (at 0.2)
     * misses at 0.7, reads "old" at 2.2 and fills it at 3.7, after the commit. X reads at 5 ms,
     * Y at 15 ms. Delayed double delete deletes again 10 ms after the commit (13.0 ms), so only X
     * sees the old value; cache-aside commits before R's read and nobody does.
     */
    @ParameterizedTest(name = "{0}: {1} stale read(s)")
    @CsvSource({
            "delete-then-update,    2, 12300",
            "delayed-double-delete, 1, 9300",
            "cache-aside,           0, 0",
    })
    void deletingBeforeTheUpdateLetsAConcurrentReaderRefillTheOldValue(String strategy, int stale, long inconsistent) {
        SimulationInput input = traceInput(List.of(put(0, 0, "k", "new"), get(1, 0.2, "k"), get(2, 5, "k"), get(3, 15, "k")), OLD)
                .strategies(List.of(strategy)).dbWriteLatencyMs(4.0).secondDeleteDelayMs(10.0).build();

        RunResult result = runOnce(input);

        assertThat(result.metrics().staleReads()).isEqualTo(stale);
        assertThat(result.metrics().inconsistentMicros()).isEqualTo(inconsistent);
        if (stale > 0) {
            assertThat(result.metrics().staleReadsByCause()).containsOnlyKeys(AnomalyCause.STALE_FILL);
        }
    }

    @Test
    void theReplayOfAStaleReadShowsTheInterleavingThatProducedIt() {
        SimulationInput input = traceInput(List.of(get(0, 0, "k"), put(1, 1.8, "k", "new"), get(2, 5, "k")), OLD)
                .dbWriteLatencyMs(1.0).build();
        CompiledWorkload workload = CompiledWorkload.of(input);
        RunResult result = CacheSimulation.run(input, workload, Strategy.CACHE_ASIDE, false);

        StaleReadTimeline timeline = CacheSimulation.replayStaleRead(input, workload, result, result.staleRead());

        assertThat(timeline.steps()).extracting(SimulationEvent::kind).containsExactly(
                EventKind.CACHE_MISS, EventKind.DB_READ, EventKind.DB_WRITE, EventKind.CACHE_DELETE,
                EventKind.CACHE_FILL, EventKind.READ_RETURNED, EventKind.CACHE_HIT);
        assertThat(timeline.steps()).extracting(SimulationEvent::timeMicros)
                .containsExactly(500L, 2000L, 2300L, 3300L, 3500L, 4000L, 5500L);
        assertThat(timeline.steps()).extracting(SimulationEvent::client).containsExactly(0, 0, 1, 1, 0, 0, 2);
        assertThat(timeline.originOperation()).isZero();
        assertThat(timeline.steps().get(timeline.staleStep()).stale()).isTrue();
        assertThat(timeline.steps().get(4).cacheValue()).isEqualTo("old");
        assertThat(timeline.steps().get(4).databaseValue()).isEqualTo("new");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"update-db-then-cache", "update-cache-then-db"})
    void applicationCodeSettingTheCacheReordersWritersUnderLatencyJitter(String strategy) {
        SimulationInput input = SimulationInput.builder().strategies(List.of(strategy)).keyCount(2).readPercent(50)
                .distribution("uniform").clients(16).operations(5_000).thinkTimeMs(0.0).latencyJitterPercent(200).build();

        RunResult result = runOnce(input);

        assertThat(result.metrics().staleReadsByCause()).containsKey(AnomalyCause.OUT_OF_ORDER_SET);
    }

    @Test
    void cacheAsideHasNoOutOfOrderSetsBecauseWritersOnlyDelete() {
        SimulationInput input = SimulationInput.builder().strategies(List.of("cache-aside")).keyCount(2).readPercent(50)
                .distribution("uniform").clients(16).operations(5_000).thinkTimeMs(0.0).latencyJitterPercent(200).build();

        RunResult result = runOnce(input);

        assertThat(result.metrics().staleReads()).isPositive();
        assertThat(result.metrics().staleReadsByCause()).doesNotContainKey(AnomalyCause.OUT_OF_ORDER_SET);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cache-aside", "delete-then-update", "write-through", "write-back"})
    void everyStaleReadOfABusyHotKeyCanBeReplayed(String strategy) {
        // 256 clients hammering one key: thousands of steps on it between a stale read and the end of the write it missed
        SimulationInput input = SimulationInput.builder().strategies(List.of(strategy)).distribution("hot-key").hotKeyPercent(90)
                .clients(256).operations(40_000).thinkTimeMs(0.0).readPercent(80).crashAtMs(50.0).build();
        ExperimentResult result = CacheExperiment.run(input);

        for (ExperimentResult.StaleReadChoice choice : result.staleReadChoices()) {
            StaleReadTimeline timeline = result.timeline(choice.number());
            assertThat(timeline.steps()).isNotEmpty().hasSizeLessThanOrEqualTo(StaleReadTimeline.MAX_STEPS);
            assertThat(timeline.steps().get(timeline.staleStep()).stale()).isTrue();
            assertThat(timeline.cause()).isEqualTo(choice.read().cause());
        }
        assertThat(result.staleReadChoices()).isNotEmpty();
    }
}
