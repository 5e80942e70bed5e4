package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.AnswerKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ScoringTest {

    private static Response.Choices choices(String... options) {
        return new Response.Choices(new TreeSet<>(List.of(options)));
    }

    static Stream<Arguments> table() {
        AnswerKey single = new AnswerKey.Single("b");
        AnswerKey multiple = new AnswerKey.Multiple(Set.of("a", "c"));
        AnswerKey threeRight = new AnswerKey.Multiple(Set.of("a", "b", "c"));
        AnswerKey truth = new AnswerKey.TrueFalse(true);
        AnswerKey fillIn = new AnswerKey.FillIn(List.of("TIME_WAIT", "time wait", "三次握手"));
        AnswerKey ordering = new AnswerKey.Ordering(List.of("a", "b", "c"));
        AnswerKey bareNumber = new AnswerKey.FillIn(List.of("8"));
        AnswerKey counted = new AnswerKey.FillIn(List.of("50", "50个", "50 个"));
        AnswerKey bytes = new AnswerKey.FillIn(List.of("14", "14 bytes", "14字节", "14 字节"));
        AnswerKey kilobytes = new AnswerKey.FillIn(List.of("4", "4 KB", "4KB", "4 KiB", "4KiB"));
        AnswerKey times = new AnswerKey.FillIn(List.of("0", "zero", "0次", "0 次"));
        AnswerKey millis = new AnswerKey.FillIn(List.of("25500", "25,500", "25500 ms", "25.5 s"));
        return Stream.of(
                arguments("single right", single, new Response.Choice("b"), 1000),
                arguments("single wrong", single, new Response.Choice("a"), 0),
                arguments("no answer", single, null, 0),
                arguments("multiple all right", multiple, choices("a", "c"), 1000),
                arguments("multiple half the right ones", multiple, choices("a"), 500),
                arguments("multiple one right one wrong", multiple, choices("a", "b"), 0),
                arguments("multiple both right plus a wrong one", multiple, choices("a", "b", "c"), 500),
                arguments("multiple every box ticked", multiple, choices("a", "b", "c", "d"), 0),
                arguments("multiple only wrong ones", multiple, choices("b", "d"), 0),
                arguments("multiple thirds round down", threeRight, choices("a", "b"), 666),
                arguments("true-false right", truth, new Response.Truth(true), 1000),
                arguments("true-false wrong", truth, new Response.Truth(false), 0),
                arguments("fill-in exact", fillIn, new Response.Text("TIME_WAIT"), 1000),
                arguments("fill-in other case", fillIn, new Response.Text("time_wait"), 1000),
                arguments("fill-in full-width", fillIn, new Response.Text("ＴＩＭＥ＿ＷＡＩＴ"), 1000),
                arguments("fill-in extra spaces", fillIn, new Response.Text("  time   WAIT "), 1000),
                arguments("fill-in Chinese with a space", fillIn, new Response.Text("三次 握手"), 1000),
                arguments("fill-in wrong", fillIn, new Response.Text("CLOSE_WAIT"), 0),
                arguments("fill-in hyphen is not underscore", fillIn, new Response.Text("time-wait"), 0),
                arguments("fill-in number with what it counts", bareNumber, new Response.Text("8 bytes"), 1000),
                arguments("fill-in number with a Chinese unit", bareNumber, new Response.Text("8 字节"), 1000),
                arguments("fill-in wrong number with a unit", bareNumber, new Response.Text("9 bytes"), 0),
                arguments("fill-in number with a scaling unit", bareNumber, new Response.Text("8 KB"), 0),
                arguments("fill-in number with two words after it", bareNumber, new Response.Text("8 bytes long"), 0),
                arguments("fill-in unit before the number", bareNumber, new Response.Text("bytes 8"), 0),
                arguments("fill-in counted with a noun", counted, new Response.Text("50 requests"), 1000),
                arguments("fill-in counted in Chinese", counted, new Response.Text("50 个请求"), 1000),
                arguments("fill-in counted, wrong number", counted, new Response.Text("500 requests"), 0),
                arguments("fill-in a Chinese counting word declares no unit", times, new Response.Text("0 copies"), 1000),
                arguments("fill-in declared unit, singular", bytes, new Response.Text("14 byte"), 1000),
                arguments("fill-in declared unit, symbol", bytes, new Response.Text("14B"), 1000),
                arguments("fill-in declared unit, full-width digits", bytes, new Response.Text("１４ 字节"), 1000),
                arguments("fill-in another unit than declared", bytes, new Response.Text("14 bits"), 0),
                arguments("fill-in declared unit, wrong number", bytes, new Response.Text("13 bytes"), 0),
                arguments("fill-in kilobyte synonym", kilobytes, new Response.Text("4 kilobytes"), 1000),
                arguments("fill-in megabytes for kilobytes", kilobytes, new Response.Text("4 MB"), 0),
                arguments("fill-in milliseconds spelled out", millis, new Response.Text("25,500 milliseconds"), 1000),
                arguments("fill-in seconds for the seconds answer", millis, new Response.Text("25.5 seconds"), 1000),
                arguments("fill-in seconds for the milliseconds number", millis, new Response.Text("25500 seconds"), 0),
                arguments("ordering right", ordering, new Response.Order(List.of("a", "b", "c")), 1000),
                arguments("ordering swapped", ordering, new Response.Order(List.of("a", "c", "b")), 0),
                arguments("answer of another shape", single, new Response.Truth(true), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void pointsInThousandths(String what, AnswerKey key, Response response, int expected) {
        assertThat(Scoring.pointsMillis(key, response)).isEqualTo(expected);
    }
}
