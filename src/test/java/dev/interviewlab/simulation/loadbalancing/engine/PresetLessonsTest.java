package dev.interviewlab.simulation.loadbalancing.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each preset shows what its description promises, and every run is the same for the same scenario. */
class PresetLessonsTest {

    @ParameterizedTest
    @EnumSource(LbPreset.class)
    void presetsAreValidAndDeterministic(LbPreset preset) {
        assertThat(LbScenario.validate(preset.scenario())).isEmpty();
        LbRun first = LoadBalancing.run(preset.scenario());
        LbRun second = LoadBalancing.run(preset.scenario());
        assertThat(second.stats()).isEqualTo(first.stats());
        assertThat(second.comparison()).isEqualTo(first.comparison());
        assertThat(second.trace()).hasSameSizeAs(first.trace());
        for (int i = 0; i < first.trace().size(); i++) {
            assertThat(second.trace().get(i)).usingRecursiveComparison().isEqualTo(first.trace().get(i));
        }
    }

    @Test
    void aSlowServerOverflowsUnderRoundRobinButNotUnderLoadAwarePicks() {
        LbRun run = LoadBalancing.run(LbPreset.SLOW_SERVER.scenario());
        RunStats roundRobin = of(run, Algorithm.ROUND_ROBIN);
        assertThat(roundRobin.servers().get(3).rejected()).isPositive();
        for (Algorithm aware : List.of(Algorithm.LEAST_CONNECTIONS, Algorithm.POWER_OF_TWO, Algorithm.PEAK_EWMA)) {
            assertThat(of(run, aware).dropped()).as(aware.key()).isZero();
            assertThat(of(run, aware).p99LatencyMs()).as(aware.key()).isLessThan(roundRobin.p99LatencyMs() / 2);
        }
    }

    @Test
    void smoothWeightedSendsRequestsInProportionToWeight() {
        RunStats stats = LoadBalancing.run(LbPreset.WEIGHTED.scenario()).stats();
        int total = stats.servers().stream().mapToInt(ServerStats::routed).sum();
        assertThat(stats.servers().get(0).routed()).isBetween(total * 5 / 7 - 1, total * 5 / 7 + 1);
    }

    @Test
    void retriesHideTheFailureFromClientsThatDropWouldFail() {
        LbScenario retry = LbPreset.FAILURE.scenario();
        LbRun run = LoadBalancing.run(retry);
        assertThat(run.stats().retried()).isPositive();
        assertThat(run.stats().dropped()).isZero();
        assertThat(run.trace()).extracting(LbEvent::kind)
                .contains(LbEvent.Kind.SERVER_FAILED, LbEvent.Kind.SERVER_MARKED_DOWN);
        LbEvent failed = run.trace().stream().filter(e -> e.kind() == LbEvent.Kind.SERVER_FAILED).findFirst().orElseThrow();
        LbEvent marked = run.trace().stream().filter(e -> e.kind() == LbEvent.Kind.SERVER_MARKED_DOWN).findFirst().orElseThrow();
        assertThat(marked.timeMs() - failed.timeMs()).isEqualTo(retry.detectMs());

        LbScenario drop = new LbScenario(retry.algorithm(), retry.seed(), retry.requests(), retry.arrivals(), retry.ratePerSecond(),
                retry.cost(), retry.meanCostMs(), retry.servers(), retry.failServer(), retry.failAtMs(), retry.detectMs(),
                FailurePolicy.DROP, retry.keys(), retry.virtualNodes());
        RunStats dropped = LoadBalancing.run(drop).stats();
        // round robin sends a quarter of the arrivals during the 0.5 s before detection to the dead server
        assertThat(dropped.dropped()).isGreaterThan((int) (0.25 * 0.5 * retry.ratePerSecond() * 0.8));
        assertThat(dropped.retried()).isZero();
    }

    @Test
    void consistentHashingSendsEveryRequestWithAKeyToTheSameServer() {
        LbRun run = LoadBalancing.run(LbPreset.HASHING.scenario());
        HashRing ring = HashRing.of(run.scenario().servers(), run.scenario().virtualNodes());
        assertThat(run.trace()).filteredOn(e -> e.kind().routing())
                .allSatisfy(e -> assertThat(e.server()).isEqualTo(ring.ownerOfKey(e.key())));
    }

    @Test
    void aFailureDueAfterTheLastAnswerDoesNotStretchTheRun() {
        LbScenario s = LbPreset.EVEN.scenario();
        LbScenario lateFailure = new LbScenario(s.algorithm(), s.seed(), s.requests(), s.arrivals(), s.ratePerSecond(), s.cost(),
                s.meanCostMs(), s.servers(), 0, LbLimits.MAX_TIME_MS, 0, FailurePolicy.DROP, s.keys(), s.virtualNodes());
        RunStats without = LoadBalancing.run(s).stats();
        RunStats with = LoadBalancing.run(lateFailure).stats();
        assertThat(with.durationMs()).isEqualTo(without.durationMs());
        assertThat(with.servers()).isEqualTo(without.servers());
    }

    private static RunStats of(LbRun run, Algorithm algorithm) {
        return run.comparison().stream().filter(r -> r.algorithm() == algorithm).findFirst().orElseThrow();
    }
}
