package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.interviewlab.simulation.cache.engine.Traces.get;
import static dev.interviewlab.simulation.cache.engine.Traces.put;
import static dev.interviewlab.simulation.cache.engine.Traces.traceInput;
import static org.assertj.core.api.Assertions.assertThat;

class SelfTestTest {

    private static ExperimentResult classicRace() {
        return CacheExperiment.run(traceInput(List.of(get(0, 0, "k"), put(1, 1.8, "k", "new"), get(2, 5, "k")), Map.of("k", "old"))
                .dbWriteLatencyMs(1.0).strategies(List.of("cache-aside", "write-through")).build());
    }

    @Test
    void questionsAboutTheReplayedStaleReadAreAnsweredFromItsTimeline() {
        ExperimentResult result = classicRace();
        StaleReadTimeline timeline = result.timeline(null);

        List<Question> questions = SelfTest.questionsFor(result, timeline);

        assertThat(questions).extracting(Question::id).containsExactly("hit-ratio", "stale-cause", "stale-since", "most-stale");
        Question cause = questions.get(1);
        assertThat(cause.accepted()).containsExactly("STALE_FILL");
        // steps: miss, DB read, DB write, delete, fill (old, now behind), returned, stale hit
        assertThat(questions.get(2).accepted()).containsExactly("5");
        assertThat(questions.get(3).accepted()).containsExactly("cache-aside");
    }

    @Test
    void theServerChecksEachAnswer() {
        ExperimentResult result = classicRace();
        List<Question> questions = SelfTest.questionsFor(result, result.timeline(null));

        List<SelfTest.Verdict> verdicts = SelfTest.check(questions, Map.of("stale-cause", "STALE_FILL", "stale-since", "3",
                "most-stale", "cache-aside"));

        assertThat(verdicts).extracting(v -> v.question().id(), SelfTest.Verdict::answered, SelfTest.Verdict::correct)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hit-ratio", false, false),
                        org.assertj.core.groups.Tuple.tuple("stale-cause", true, true),
                        org.assertj.core.groups.Tuple.tuple("stale-since", true, false),
                        org.assertj.core.groups.Tuple.tuple("most-stale", true, true));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"12.5, true", "'12,5', true", "14%, true", "17.6, false", "abc, false", "'', false", "NaN, false"})
    void numberAnswersAreReadLeniently(String given, boolean right) {
        Question question = new Question("x", "p", List.of(), List.of(), List.of(), 12.5, 2, "e", List.of());

        assertThat(question.accepts(given)).isEqualTo(right);
    }

    @Test
    void theCapacityQuestionIsAnsweredByRunningTheOtherCapacity() {
        SimulationInput input = SimulationInput.builder().capacity(50).operations(5_000).build();
        ExperimentResult result = CacheExperiment.run(input);

        Question question = SelfTest.questionsFor(result, null).get(0);

        Metrics doubled = CacheSimulation.measure(input.withCapacity(100), result.workload(), Strategy.CACHE_ASIDE, false);
        assertThat(doubled.hitRatio()).isGreaterThan(result.primary().metrics().hitRatio() + 0.005);
        assertThat(question.accepted()).containsExactly("rises");
    }

    @Test
    void failureModesAskAboutThePeakAndTheBloomFilter() {
        ExperimentResult result = CacheExperiment.run(FailureModeTest.scenario(Mitigation.BLOOM_FILTER).build());

        List<Question> questions = SelfTest.questionsFor(result, null);

        Question peak = questions.stream().filter(q -> q.id().equals("peak-reduction")).findFirst().orElseThrow();
        int without = result.run(Strategy.CACHE_ASIDE, false).metrics().peakDbLoad();
        int with = result.run(Strategy.CACHE_ASIDE, true).metrics().peakDbLoad();
        assertThat(peak.number()).isCloseTo((without - with) * 100.0 / without, org.assertj.core.api.Assertions.within(0.1));
        Question bloom = questions.stream().filter(q -> q.id().equals("bloom-rate")).findFirst().orElseThrow();
        assertThat(bloom.number()).isCloseTo(result.primary().bloom().theoreticalRate() * 100, org.assertj.core.api.Assertions.within(0.001));
    }
}
