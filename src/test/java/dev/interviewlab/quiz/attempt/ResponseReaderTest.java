package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ResponseReaderTest {

    private static final List<String> OPTIONS = List.of("c", "a", "b");

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments(ItemType.SINGLE, "b", new Response.Choice("b")),
                arguments(ItemType.MULTIPLE, List.of("b", "a", "b"), new Response.Choices(new TreeSet<>(List.of("a", "b")))),
                arguments(ItemType.TRUE_FALSE, false, new Response.Truth(false)),
                arguments(ItemType.FILL_IN, "  TIME_WAIT ", new Response.Text("TIME_WAIT")),
                // PostgreSQL cannot store a NUL character: it is dropped
                arguments(ItemType.FILL_IN, "TIME\u0000_WAIT", new Response.Text("TIME_WAIT")),
                arguments(ItemType.ORDERING, List.of("b", "c", "a"), new Response.Order(List.of("b", "c", "a"))));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void readsJsonAnswersOfEveryType(ItemType type, Object json, Response expected) {
        assertThat(ResponseReader.read(type, type.hasOptions() ? OPTIONS : List.of(), new RawAnswer.Json(json))).contains(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("unknown option id", ItemType.SINGLE, "z", "quiz.error.answer.unknownOption"),
                arguments("a list for a single choice", ItemType.SINGLE, List.of("a"), "quiz.error.answer.shape.single"),
                arguments("no answer at all", ItemType.SINGLE, null, "quiz.error.answer.missing"),
                arguments("empty selection", ItemType.MULTIPLE, List.of(), "quiz.error.answer.emptySelection"),
                arguments("unknown option among several", ItemType.MULTIPLE, List.of("a", "q"), "quiz.error.answer.unknownOption"),
                arguments("numbers for options", ItemType.MULTIPLE, List.of(1, 2), "quiz.error.answer.shape.multiple"),
                arguments("a string for true-false", ItemType.TRUE_FALSE, "true", "quiz.error.answer.shape.trueFalse"),
                arguments("blank text", ItemType.FILL_IN, "   ", "quiz.error.answer.missing"),
                arguments("text too long", ItemType.FILL_IN, "x".repeat(501), "quiz.error.answer.tooLong"),
                arguments("an object for text", ItemType.FILL_IN, Map.of("a", 1), "quiz.error.answer.shape.fillIn"),
                arguments("order missing an item", ItemType.ORDERING, List.of("a", "b"), "quiz.error.answer.orderIncomplete"),
                arguments("order repeating an item", ItemType.ORDERING, List.of("a", "a", "b"), "quiz.error.answer.orderIncomplete"),
                arguments("order with a foreign item", ItemType.ORDERING, List.of("a", "b", "x"), "quiz.error.answer.unknownOption"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesAnswersThatDoNotFitTheQuestion(String what, ItemType type, Object json, String messageKey) {
        assertThatThrownBy(() -> ResponseReader.read(type, type.hasOptions() ? OPTIONS : List.of(), new RawAnswer.Json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("answer");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void anEmptyFormMeansNoAnswerRatherThanAnError() {
        RawAnswer.Form empty = new RawAnswer.Form(null, List.of(), "  ", Arrays.asList("", "", ""));
        for (ItemType type : ItemType.values()) {
            assertThat(ResponseReader.read(type, type.hasOptions() ? OPTIONS : List.of(), empty)).as(type.code()).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aTamperedFormValueIsRefused() {
        assertThatThrownBy(() -> ResponseReader.read(ItemType.SINGLE, OPTIONS, new RawAnswer.Form("<script>", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ResponseReader.read(ItemType.TRUE_FALSE, List.of(), new RawAnswer.Form("maybe", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ResponseReader.read(ItemType.ORDERING, OPTIONS, new RawAnswer.Form(null, null, null, List.of("a", "", "b"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ResponseReader.read(ItemType.MULTIPLE, OPTIONS, new RawAnswer.Form(null, List.of("a", "c"), null, null)))
                .contains(new Response.Choices(new TreeSet<>(List.of("a", "c"))));
    }
}
