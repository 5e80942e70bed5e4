package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class QuizSettingsTest {

    /** networking: tcp (3 beginner, 4 advanced) and websocket (5 intermediate) = 12 questions. */
    static final BankCatalog CATALOG = new BankCatalog(List.of(new BankCatalog.BankCategory("networking",
            new LocalizedText("Networking", "计算机网络"), List.of(
            new BankCatalog.BankTopic("tcp", new LocalizedText("TCP", "TCP"), "networking",
                    Map.of(Difficulty.BEGINNER, 3, Difficulty.ADVANCED, 4)),
            new BankCatalog.BankTopic("websocket", new LocalizedText("WebSocket", "WebSocket"), "networking",
                    Map.of(Difficulty.INTERMEDIATE, 5))))));

    private static QuizRequest request(List<String> categories, List<String> topics, String difficulty, Integer count,
                                       Integer minutes, boolean practice) {
        return new QuizRequest(categories, topics, difficulty, count, minutes, practice, false);
    }

    @Test
    void aGoodRequestBecomesSettings() {
        QuizSettings settings = QuizSettings.check(request(List.of("networking"), List.of(), "any", 12, 8, false), CATALOG);
        assertThat(settings.count()).isEqualTo(12);
        assertThat(settings.timeLimit()).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.difficulty()).isNull();
        assertThat(QuizSettings.check(request(List.of(), List.of("tcp"), "advanced", 4, 120, false), CATALOG).difficulty())
                .isEqualTo(Difficulty.ADVANCED);
    }

    @Test
    void practiceIsUntimedWhateverTheMinutesSay() {
        QuizSettings settings = QuizSettings.check(request(List.of("networking"), List.of(), null, 3, 1_000_000_000, true), CATALOG);
        assertThat(settings.isTimed()).isFalse();
    }

    static Stream<Arguments> badRequests() {
        List<String> networking = List.of("networking");
        return Stream.of(
                arguments("no time limit of 0", request(networking, List.of(), null, 5, 0, false), "minutes", "quiz.error.minutes.range"),
                arguments("no time limit of -5", request(networking, List.of(), null, 5, -5, false), "minutes", "quiz.error.minutes.range"),
                arguments("no time limit of 10^9", request(networking, List.of(), null, 5, 1_000_000_000, false), "minutes", "quiz.error.minutes.range"),
                arguments("no missing time limit", request(networking, List.of(), null, 5, null, false), "minutes", "quiz.error.minutes.missing"),
                arguments("no empty selection", request(List.of(), List.of(), null, 5, 8, false), "categories", "quiz.error.selection.empty"),
                arguments("no blank selection", request(List.of(" "), List.of(""), null, 5, 8, false), "categories", "quiz.error.selection.empty"),
                arguments("no unknown category", request(List.of("cooking"), List.of(), null, 5, 8, false), "categories", "quiz.error.category.unknown"),
                arguments("no unknown topic", request(List.of(), List.of("nope"), null, 5, 8, false), "topics", "quiz.error.topic.unknown"),
                arguments("no zero questions", request(networking, List.of(), null, 0, 8, false), "count", "quiz.error.count.range"),
                arguments("no 51 questions", request(networking, List.of(), null, 51, 8, false), "count", "quiz.error.count.range"),
                arguments("no more questions than the bank holds", request(networking, List.of(), null, 13, 8, false), "count", "quiz.error.count.available"),
                arguments("no more than the difficulty holds", request(List.of(), List.of("tcp"), "beginner", 4, 8, false), "count", "quiz.error.count.available"),
                arguments("no missing count", request(networking, List.of(), null, null, 8, false), "count", "quiz.error.count.missing"),
                arguments("no unknown difficulty", request(networking, List.of(), "impossible", 2, 8, false), "difficulty", "quiz.error.difficulty"),
                arguments("no endless selection", request(java.util.stream.IntStream.range(0, 101).mapToObj(i -> "c" + i).toList(), List.of(), null, 2, 8, false),
                        "categories", "quiz.error.selection.tooMany"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesBadRequestsOnTheRightField(String what, QuizRequest request, String field, String messageKey) {
        assertThatThrownBy(() -> QuizSettings.check(request, CATALOG))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, messageKey)));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> QuizSettings.check(request(List.of(), List.of(), "x", 0, -5, false), CATALOG))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("categories", "difficulty", "count", "minutes"));
    }

    @Test
    void theAvailableCountIsToldToTheLearner() {
        assertThatThrownBy(() -> QuizSettings.check(request(List.of("networking"), List.of("tcp"), null, 13, 8, false), CATALOG))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).arguments()).containsExactly(12));
    }
}
