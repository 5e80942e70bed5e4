package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each failure mode raises the database's peak load, and each mitigation brings it down. */
class FailureModeTest {

    /** Settings that provoke each failure mode clearly: a read-mostly load paced by think time. */
    static SimulationInputBuilder scenario(Mitigation mitigation) {
        SimulationInputBuilder builder = SimulationInput.builder().failureMode(mitigation.answers().slug())
                .mitigation(mitigation.slug()).keyCount(1_000).capacity(1_000).readPercent(100).clients(32)
                .thinkTimeMs(10.0).ttlMs(2_000.0).operations(20_000);
        return switch (mitigation.answers()) {
            case BREAKDOWN -> builder.distribution("hot-key").hotKeyPercent(50).dbReadLatencyMs(20.0);
            case PENETRATION -> builder.missingKeyPercent(30)
                    .missingKeySpace(mitigation == Mitigation.CACHE_NULLS ? 100 : 100_000);
            default -> builder;
        };
    }

    static Stream<Mitigation> mitigations() {
        return Stream.of(Mitigation.values());
    }

    @ParameterizedTest
    @MethodSource("mitigations")
    void eachMitigationLowersItsFailuresPeakDatabaseLoad(Mitigation mitigation) {
        ExperimentResult result = CacheExperiment.run(scenario(mitigation).build());

        RunResult without = result.run(Strategy.CACHE_ASIDE, false);
        RunResult with = result.run(Strategy.CACHE_ASIDE, true);

        assertThat(with.mitigation()).isEqualTo(mitigation);
        assertThat(with.series().windowMicros()).isEqualTo(without.series().windowMicros());
        assertThat(with.metrics().peakDbLoad()).isLessThan(without.metrics().peakDbLoad());
    }

    @Test
    void anAvalancheIsASpikeOfMissesWhenTheWarmedKeysExpireTogether() {
        RunResult run = CacheExperiment.run(scenario(Mitigation.TTL_JITTER).build()).run(Strategy.CACHE_ASIDE, false);

        TimeSeries series = run.series();
        int ttlWindow = (int) (2_000_000 / series.windowMicros());
        int before = 0;
        for (int i = 0; i < ttlWindow; i++) {
            before = Math.max(before, series.dbLoad(i));
        }
        assertThat(before).as("a warmed cache answers everything before the TTL").isZero();
        int justAfter = 0;
        for (int i = ttlWindow; i < ttlWindow + 4; i++) {
            justAfter = Math.max(justAfter, series.dbLoad(i));
        }
        assertThat(justAfter).as("the peak comes right after every key expires").isEqualTo(series.peakDbLoad());
    }

    @Test
    void singleFlightLetsOneClientLoadWhileTheOthersWait() {
        ExperimentResult result = CacheExperiment.run(scenario(Mitigation.SINGLE_FLIGHT).build());

        Metrics without = result.run(Strategy.CACHE_ASIDE, false).metrics();
        Metrics with = result.run(Strategy.CACHE_ASIDE, true).metrics();

        assertThat(with.coalescedReads()).isPositive();
        assertThat(with.dbReads()).isLessThan(without.dbReads());
        assertThat(without.coalescedReads()).isZero();
    }

    @Test
    void aNeverExpiringHotKeyIsNeverReloaded() {
        SimulationInput input = scenario(Mitigation.HOT_KEY_NEVER_EXPIRES).build();
        RunResult with = CacheSimulation.run(input, CompiledWorkload.of(input), Strategy.CACHE_ASIDE, true);
        RunResult without = CacheSimulation.run(input, CompiledWorkload.of(input), Strategy.CACHE_ASIDE, false);

        assertThat(with.metrics().expirations()).isLessThan(without.metrics().expirations());
        assertThat(with.metrics().hits()).isGreaterThan(without.metrics().hits());
    }

    /**
     * Fixed latencies (cache 1 ms, database 2 ms): the writer commits at 1.0 ms; its delete would
     * land at 2.5 ms; the background reload lands at 1.0 + 2 + 1 = 4.0 ms. A reader at 1.5 ms hits the
     * old value either way; a reader at 50 ms misses after the delete, or hits the reloaded value.
     */
    @Test
    void aNeverExpiringHotKeyIsReloadedAfterAWriteInsteadOfDeleted() {
        SimulationInput input = Traces.traceInput(List.of(Traces.put(0, 0, "k", "new"), Traces.get(1, 1.5, "k"),
                Traces.get(2, 50, "k")), java.util.Map.of("k", "old")).failureMode("breakdown")
                .mitigation("hot-key-never-expires").build();
        CompiledWorkload workload = CompiledWorkload.of(input);

        RunResult without = CacheSimulation.run(input, workload, Strategy.CACHE_ASIDE, false);
        RunResult with = CacheSimulation.run(input, workload, Strategy.CACHE_ASIDE, true);

        assertThat(Traces.pattern(without)).isEqualTo("WHM");
        assertThat(Traces.pattern(with)).isEqualTo("WHH");
        assertThat(with.outcomes()).extracting(Outcome::value).containsExactly("new", "old", "new");
        assertThat(with.staleRead().cause()).isEqualTo(AnomalyCause.REFRESH_PENDING);
        assertThat(without.staleRead().cause()).isEqualTo(AnomalyCause.INVALIDATION_PENDING);
        assertThat(with.events()).filteredOn(e -> e.kind() == EventKind.HOT_KEY_REFRESHED)
                .extracting(SimulationEvent::timeMicros, SimulationEvent::value).containsExactly(org.assertj.core.groups.Tuple.tuple(4_000L, "new"));
        assertThat(with.events()).noneMatch(e -> e.kind() == EventKind.CACHE_DELETE);
    }

    @Test
    void cachingNullsTurnsRepeatedMissingKeysIntoHits() {
        SimulationInput input = scenario(Mitigation.CACHE_NULLS).build();
        CompiledWorkload workload = CompiledWorkload.of(input);

        Metrics without = CacheSimulation.run(input, workload, Strategy.CACHE_ASIDE, false).metrics();
        Metrics with = CacheSimulation.run(input, workload, Strategy.CACHE_ASIDE, true).metrics();

        assertThat(without.dbReadsNoRow()).isEqualTo(without.missingKeyReads());
        assertThat(with.dbReadsNoRow()).isLessThan(without.dbReadsNoRow() / 4);
    }

    @ParameterizedTest
    @EnumSource(FailureMode.class)
    void everyFailureModeButNoneHasAMitigationAndEachMitigationAnswersOne(FailureMode mode) {
        assertThat(mode.mitigations()).hasSize(mode == FailureMode.NONE ? 0 : mode == FailureMode.AVALANCHE ? 1 : 2);
        assertThat(mode.mitigations()).allMatch(m -> m.answers() == mode);
    }

    @Test
    void aCrashEmptiesTheCacheForEveryStrategyButLosesWritesOnlyInWriteBack() {
        SimulationInput input = SimulationInput.builder().strategies(List.of("cache-aside", "write-back")).crashAtMs(1_000.0)
                .flushIntervalMs(500.0).operations(10_000).build();

        ExperimentResult result = CacheExperiment.run(input);

        assertThat(result.run(Strategy.CACHE_ASIDE, false).metrics().lostWrites()).isZero();
        assertThat(result.run(Strategy.WRITE_BACK, false).metrics().lostWrites()).isPositive();
    }
}
