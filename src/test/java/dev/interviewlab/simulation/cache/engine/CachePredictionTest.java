package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.interviewlab.simulation.cache.engine.Traces.get;
import static dev.interviewlab.simulation.cache.engine.Traces.put;
import static dev.interviewlab.simulation.cache.engine.Traces.traceInput;
import static org.assertj.core.api.Assertions.assertThat;

/** Predict mode's cache question: at each client's lookup, hit (which value) or miss, read off the timeline. */
class CachePredictionTest {

    private static StaleReadTimeline classicRace() {
        return CacheExperiment.run(traceInput(List.of(get(0, 0, "k"), put(1, 1.8, "k", "new"), get(2, 5, "k")), Map.of("k", "old"))
                .dbWriteLatencyMs(1.0).strategies(List.of("cache-aside")).build()).timeline(null);
    }

    @Test
    void theLaterReaderHitsTheStaleValueTheSlowReaderPutBack() {
        StaleReadTimeline timeline = classicRace();
        // steps: miss, DB read, DB write, delete, fill (old, now behind), returned, stale hit
        assertThat(CachePrediction.steps(timeline)).containsExactly(1, 7);
        CachePrediction later = CachePrediction.at(timeline, 7).orElseThrow();
        assertThat(later.client()).isEqualTo(2);
        assertThat(later.choices()).containsExactly("miss", "hit:new", "hit:old");
        assertThat(later.isAnsweredBy("hit:old")).isTrue();
        assertThat(later.isAnsweredBy("hit:new")).as("the database has new, the cache does not").isFalse();
        assertThat(later.isAnsweredBy("miss")).isFalse();
        assertThat(later.offers("hit:v9")).isFalse();
        CachePrediction first = CachePrediction.at(timeline, 1).orElseThrow();
        assertThat(first.isAnsweredBy("miss")).isTrue();
        assertThat(first.isAnsweredBy("hit:old")).isFalse();
    }

    @Test
    void stepsThatAreNotALookupAreNotAsked() {
        StaleReadTimeline timeline = classicRace();
        assertThat(CachePrediction.at(timeline, 2)).isEmpty();
        assertThat(CachePrediction.at(timeline, 0)).isEmpty();
        assertThat(CachePrediction.at(timeline, 99)).isEmpty();
        assertThat(CachePrediction.nextAtOrAfter(timeline, 2)).contains(7);
        assertThat(CachePrediction.nextAtOrAfter(timeline, 8)).isEmpty();
    }

    @Test
    void seedsDrawManyRacesEachWithALookupToAskAndTheSameSeedTheSameRun() {
        Set<SimulationInput> inputs = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            CacheRandomScenario.Drawn drawn = CacheRandomScenario.of(seed);
            assertThat(CacheRandomScenario.of(seed).input()).isEqualTo(drawn.input());
            CachePrediction asked = CachePrediction.drawn(drawn.timeline(), seed).orElseThrow();
            SimulationEvent event = drawn.timeline().steps().get(asked.step() - 1);
            assertThat(asked.answer()).isEqualTo(event.kind() == EventKind.CACHE_HIT ? CachePrediction.hit(event.value()) : "miss");
            inputs.add(drawn.input());
        }
        assertThat(inputs).as("distinct races among 100 seeds").hasSizeGreaterThan(50);
    }
}
