package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TcpQuestionsTest {

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void stateAfterASegmentIsWhatTheTraceShows(TcpPreset preset) {
        TcpRun run = TcpSimulation.run(preset.scenario());
        TcpQuestion question = TcpQuestions.of(run).get(0);
        assertThat(question.kind()).isEqualTo(TcpQuestion.Kind.STATE_AFTER_SEGMENT);
        Side side = Side.valueOf(question.arguments().get(0).toString().toUpperCase());
        int segment = (Integer) question.arguments().get(1);
        TcpEvent arrival = run.arrivalOf(segment).orElseThrow();
        assertThat(arrival.side()).isEqualTo(side);
        assertThat(question.answer()).isEqualTo(arrival.state(side).name());
        assertThat(question.isAnsweredBy(arrival.state(side).name())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "NORMAL_CLOSE, server, CLOSED, client",
            "SERVER_CLOSES_FIRST, server, CLOSED, server",
            "CLOSE_WAIT_LEAK, server, CLOSE_WAIT, neither",
            "SIMULTANEOUS_CLOSE, server, CLOSED, both",
            "CONNECTION_REFUSED, server, CLOSED, neither"})
    void endStateAndTimeWaitQuestionsFollowTheRun(TcpPreset preset, String askedSide, String endState, String timeWait) {
        List<TcpQuestion> questions = TcpQuestions.of(TcpSimulation.run(preset.scenario()));
        TcpQuestion atEnd = questions.stream().filter(q -> q.kind() == TcpQuestion.Kind.STATE_AT_END).findFirst().orElseThrow();
        assertThat(atEnd.arguments()).containsExactly(askedSide);
        assertThat(atEnd.answer()).isEqualTo(endState);
        TcpQuestion who = questions.stream().filter(q -> q.kind() == TcpQuestion.Kind.TIME_WAIT_SIDES).findFirst().orElseThrow();
        assertThat(who.answer()).isEqualTo(timeWait);
        assertThat(who.offers("nobody")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TcpPreset.class)
    void questionsAreNumberedInOrderAndTheSameEveryTime(TcpPreset preset) {
        List<TcpQuestion> first = TcpQuestions.of(TcpSimulation.run(preset.scenario()));
        assertThat(first).extracting(TcpQuestion::id).containsExactly("q1", "q2", "q3");
        assertThat(TcpQuestions.of(TcpSimulation.run(preset.scenario()))).isEqualTo(first);
    }
}
