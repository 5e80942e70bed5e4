package dev.interviewlab.simulation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, 1", "0, 1", "-4, 1", "3, 3", "5, 5", "99, 5"})
    void theRequestedStepIsClampedToTheRun(Integer requested, int shown) {
        assertThat(Replay.of("/simulations/tcp", null, 5, requested).current()).isEqualTo(shown);
    }

    @Test
    void stepLinksKeepTheRunsSettingsAndReplaceTheStep() {
        Replay replay = Replay.of("/simulations/tcp", "preset=lost-fin&delay=20&step=2", 4, 2);

        assertThat(replay.link(3)).isEqualTo("/simulations/tcp?preset=lost-fin&delay=20&step=3#replay");
        assertThat(replay.previousLink()).endsWith("step=1#replay");
        assertThat(replay.nextLink()).endsWith("step=3#replay");
    }

    @Test
    void firstAndLastStepsHaveNoLinkBeyondThem() {
        assertThat(Replay.of("/x", null, 2, 1).previousLink()).isNull();
        assertThat(Replay.of("/x", null, 2, 2).nextLink()).isNull();
        assertThat(Replay.of("/x", null, 0, 1).current()).isZero();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, null", "3, 3", "' 7 ', 7", "abc, null", "'', null", "2.5, null",
            "99999999999, null"})
    void aStepThatIsNotANumberIsNoStep(String parameter, Integer step) {
        assertThat(Replay.requestedStep(parameter)).isEqualTo(step);
    }
}
