package dev.interviewlab.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SelfTestAnswersTest {

    @Test
    void onlyTheQuestionsParametersThatWereSentAreAnswers() {
        Map<String, String> parameters = Map.of("q1", "b", "q3", "", "step", "4", "preset", "lost-fin");

        assertThat(SelfTestAnswers.from(parameters, List.of("q1", "q2", "q3"))).containsOnly(Map.entry("q1", "b"), Map.entry("q3", ""));
    }
}
