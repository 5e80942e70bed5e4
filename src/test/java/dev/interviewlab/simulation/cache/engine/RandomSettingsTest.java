package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any settings within the limits run to the end: every operation completes (or the run says it
 * was truncated), every stale read can be replayed and every question has an answer. Settings are
 * drawn from a fixed seed, so a failure reproduces.
 */
class RandomSettingsTest {

    static IntStream cases() {
        return IntStream.range(0, 60);
    }

    @ParameterizedTest(name = "settings #{0}")
    @MethodSource("cases")
    void anyValidSettingsRunReplayAndAsk(int number) {
        Random random = new Random(1_000 + number);
        List<Strategy> all = new ArrayList<>(List.of(Strategy.values()));
        java.util.Collections.shuffle(all, random);
        List<String> strategies = all.subList(0, 1 + random.nextInt(4)).stream().map(Strategy::slug).toList();
        FailureMode mode = FailureMode.values()[random.nextInt(FailureMode.values().length)];
        SimulationInputBuilder builder = SimulationInput.builder().strategies(strategies)
                .eviction(EvictionPolicy.values()[random.nextInt(3)].name()).capacity(1 + random.nextInt(300))
                .ttlMs(random.nextBoolean() ? 0.0 : 1 + random.nextInt(500)).keyCount(1 + random.nextInt(400))
                .readPercent(random.nextInt(101)).distribution(Distribution.values()[random.nextInt(3)].slug())
                .zipfSkew(random.nextDouble() * 2).clients(1 + random.nextInt(64)).operations(1 + random.nextInt(3_000))
                .thinkTimeMs(random.nextInt(3) * 0.5).latencyJitterPercent(random.nextInt(300))
                .failureMode(mode.slug()).missingKeyPercent(random.nextInt(60)).missingKeySpace(1 + random.nextInt(5_000))
                .flushIntervalMs((double) random.nextInt(50)).flushBatch(random.nextInt(20) + 1)
                .crashAtMs(random.nextBoolean() ? null : (double) random.nextInt(200)).seed(random.nextLong());
        if (mode != FailureMode.NONE) {
            List<Mitigation> mitigations = mode.mitigations();
            builder.mitigation(mitigations.get(random.nextInt(mitigations.size())).slug());
        }
        SimulationInput input = builder.build();

        ExperimentResult result = CacheExperiment.run(input);

        for (RunResult run : result.runs()) {
            Metrics m = run.metrics();
            if (!m.truncated()) {
                assertThat(m.operations()).isEqualTo(((GeneratedWorkload) input.workload()).operations());
            }
            assertThat(m.hits() + m.misses() + m.bloomRejected()).isEqualTo(m.reads());
            assertThat(m.staleReadsByCause().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.staleReads());
        }
        for (ExperimentResult.StaleReadChoice choice : result.staleReadChoices()) {
            StaleReadTimeline timeline = result.timeline(choice.number());
            assertThat(timeline.staleStep()).isNotNegative();
            List<Question> questions = SelfTest.questionsFor(result, timeline);
            assertThat(questions).allSatisfy(q -> assertThat(q.isNumber() || !q.accepted().isEmpty()).isTrue());
        }
        assertThat(SelfTest.questionsFor(result, null)).isNotEmpty();
    }
}
