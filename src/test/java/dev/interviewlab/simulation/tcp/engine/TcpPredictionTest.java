package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Predict mode's TCP question: asked only where a state changes, graded by the run's own trace. */
class TcpPredictionTest {

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void everyStateChangingStepIsAskedAndItsAnswerIsTheStateTheTraceReaches(TcpPreset preset) {
        TcpRun run = TcpSimulation.run(preset.scenario());
        List<Integer> steps = TcpPrediction.steps(run);
        assertThat(steps).isNotEmpty();
        for (TcpEvent event : run.events()) {
            var prediction = TcpPrediction.at(run, event.step());
            assertThat(prediction.isPresent()).as("step %d of %s", event.step(), preset).isEqualTo(event.changesState());
            prediction.ifPresent(asked -> {
                assertThat(asked.side()).isEqualTo(event.side());
                assertThat(asked.isAnsweredBy(event.after().name())).isTrue();
                assertThat(asked.isAnsweredBy(event.before().name())).as("staying put is wrong here").isFalse();
            });
        }
    }

    @Test
    void lostFinRightAndWrongPredictionsOfTheServerAfterTheRetransmittedFin() {
        TcpRun run = TcpSimulation.run(TcpPreset.LOST_FIN.scenario());
        // the first FIN (#4) is lost: the retransmission is the one the server reads, moving it to CLOSE_WAIT
        TcpEvent arrival = run.events().stream().filter(e -> e.side() == Side.SERVER && e.input() == TcpInput.FIN)
                .findFirst().orElseThrow();
        TcpPrediction asked = TcpPrediction.at(run, arrival.step()).orElseThrow();
        assertThat(asked.isAnsweredBy("CLOSE_WAIT")).isTrue();
        assertThat(asked.isAnsweredBy("TIME_WAIT")).isFalse();
        assertThat(asked.offers("TIME_WAIT")).isTrue();
        assertThat(asked.offers("HALF_OPEN")).as("not a state").isFalse();
    }

    @Test
    void stepsOutsideTheRunOrThatKeepTheStateAreNotAsked() {
        TcpRun run = TcpSimulation.run(TcpPreset.NORMAL_CLOSE.scenario());
        int kept = run.events().stream().filter(e -> !e.changesState()).findFirst().orElseThrow().step();
        assertThat(TcpPrediction.at(run, kept)).isEmpty();
        assertThat(TcpPrediction.at(run, 0)).isEmpty();
        assertThat(TcpPrediction.at(run, run.events().size() + 1)).isEmpty();
        assertThat(TcpPrediction.nextAtOrAfter(run, kept)).hasValueSatisfying(step -> assertThat(step).isGreaterThan(kept));
        assertThat(TcpPrediction.nextAtOrAfter(run, run.events().size() + 1)).isEmpty();
    }

    @Test
    void aSeedAlwaysDrawsTheSameScenarioAndStepAndSeedsDrawManyScenarios() {
        Set<TcpScenario> scenarios = new HashSet<>();
        for (long seed : LongStream.range(0, 300).toArray()) {
            TcpScenario scenario = TcpRandomScenario.of(seed);
            assertThat(TcpRandomScenario.of(seed)).isEqualTo(scenario);
            TcpRun run = TcpSimulation.run(scenario);
            TcpPrediction drawn = TcpPrediction.drawn(run, seed).orElseThrow();
            assertThat(TcpPrediction.drawn(TcpSimulation.run(scenario), seed)).contains(drawn);
            assertThat(drawn.answer()).isEqualTo(run.events().get(drawn.step() - 1).after().name());
            scenarios.add(scenario);
        }
        assertThat(scenarios).as("distinct scenarios among 300 seeds").hasSizeGreaterThan(150);
    }
}
