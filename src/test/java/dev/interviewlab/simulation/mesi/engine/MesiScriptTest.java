package dev.interviewlab.simulation.mesi.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MesiScriptTest {

    @Test
    void readsRequestsLinesAndComments() {
        MesiScript.Parsed parsed = MesiScript.parse("# counters\nline x y\nC0 w x 1\nc1 R y  # reads\n\nc1 evict y\nc0 R z", 2);

        assertThat(parsed.problems()).isEmpty();
        MesiProgram program = parsed.program();
        assertThat(program.layout().variables()).containsExactly("x", "y", "z");
        assertThat(program.layout().lineOf()).containsExactly(0, 0, 1);
        assertThat(program.operations()).containsExactly(Operation.write(0, 0, 1), Operation.read(1, 1),
                Operation.evict(1, 1), Operation.read(0, 2));
        assertThat(MesiScript.parse(program.script(), 2).program()).isEqualTo(program);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "c2 R a|mesi.error.script.core",
            "c0 X a|mesi.error.script.syntax",
            "c0 R a 5|mesi.error.script.syntax",
            "c0 W a|mesi.error.script.value",
            "c0 W a 1000|mesi.error.script.value",
            "c0 R 9a|mesi.error.script.name",
            "c0 R abcdefghi|mesi.error.script.name",
            "line x|mesi.error.script.lineNeedsTwo",
            "hello|mesi.error.script.syntax",
    })
    void aBadLineIsReportedWithItsNumber(String line, String key) {
        MesiScript.Parsed parsed = MesiScript.parse("c0 R a\n" + line, 2);

        assertThat(parsed.program()).isNull();
        assertThat(parsed.problems()).first().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("script");
            assertThat(problem.messageKey()).isEqualTo(key);
            assertThat(problem.arguments().get(0)).isIn(2, "2");
        });
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        assertThat(MesiScript.parse("c9 R a\nc0 Q a\nc0 W a x", 2).problems()).hasSize(3);
    }

    @Test
    void sizesBeyondTheLimitsAreRefused() {
        assertThat(MesiScript.parse("", 2).problems()).extracting(InputProblem::messageKey).containsExactly("mesi.error.script.empty");
        assertThat(MesiScript.parse("c0 R a\n".repeat(61), 2).problems()).extracting(InputProblem::messageKey)
                .containsExactly("mesi.error.script.tooMany");
        assertThat(MesiScript.parse("c0 R a\nc0 R b\nc0 R c\nc0 R d\nc0 R e", 2).problems()).extracting(InputProblem::messageKey)
                .containsExactly("mesi.error.script.tooManyVariables");
        assertThat(MesiScript.parse("c0 R a ".repeat(700), 2).problems()).extracting(InputProblem::messageKey)
                .containsExactly("mesi.error.script.tooLong");
        assertThat(MesiScript.parse("line x y\nline y z\nc0 R x", 2).problems()).extracting(InputProblem::messageKey)
                .containsExactly("mesi.error.script.lineTwice");
    }
}
