package dev.interviewlab.simulation.gogc.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptParserTest {

    @Test
    void setupLinesBuildTheHeapAndRoots() {
        Scenario scenario = ScriptParser.parse("""
                global r = A
                g1.x = A
                A.f = B
                object D
                g1: y = x.f
                g1: x.f = nil
                gc: scan stack g1
                """).scenario();

        Layout layout = scenario.layout();
        assertThat(layout.objects()).containsExactly("A", "B", "D");
        assertThat(layout.goroutines()).containsExactly("g1");
        assertThat(layout.locals()).containsExactly("x", "y");
        assertThat(scenario.steps()).extracting(step -> step.statement().text(layout))
                .containsExactly("g1: y = x.f", "g1: x.f = nil", "gc: scan stack g1");
        assertThat(scenario.steps()).extracting(Step::line).containsExactly(5, 6, 7);
        Heap heap = scenario.initialHeap(Barrier.NONE);
        assertThat(heap.slot(0, 0)).isEqualTo(1);
        assertThat(heap.local(0, 0)).isEqualTo(0);
        assertThat(heap.global(0)).isEqualTo(0);
    }

    @Test
    void globalsAreReadAndWrittenByName() {
        Scenario scenario = ScriptParser.parse("global r\ng1.x = A\ng1: r = x\ng1: y = r\n").scenario();

        assertThat(scenario.steps()).extracting(Step::statement)
                .containsExactly(new Statement.StoreGlobal(0, 0, 0), new Statement.LoadGlobal(0, 1, 0));
    }

    @Test
    void setupLinesRoundTripThroughTheParser() {
        String script = Preset.GREY_STACK_WRITE.script();
        Scenario scenario = ScriptParser.parse(script.substring(0, script.indexOf("gc:"))).scenario();
        Scenario again = ScriptParser.parse(String.join("\n", scenario.setupLines())).scenario();

        assertThat(again.initialHeap(Barrier.NONE).key()).isEqualTo(scenario.initialHeap(Barrier.NONE).key());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "g1: x.f = y \\n A.f = B      | 2 | gogc.error.setupAfterSteps",
            "A.f = B \\n hello           | 2 | gogc.error.syntax",
            "g1: y = x.q                  | 1 | gogc.error.unknownField",
            "gc: scan Q                   | 1 | gogc.error.unknownObject",
            "A.f = B \\n g1: x = new A   | 2 | gogc.error.objectExists",
            "g1: nil = x                  | 1 | gogc.error.reserved",
            "g1.new = A                   | 1 | gogc.error.reserved",
            "global r \\n g1.r = A       | 2 | gogc.error.globalIsLocal",
            "A.f = B \\n gc: scan stack  | 2 | gogc.error.syntax",
    })
    void badLinesAreReportedWithTheirNumber(String script, int line, String key) {
        ScriptParser.Result result = ScriptParser.parse(script.replace("\\n", "\n"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(ScriptProblem::line, ScriptProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(line, key));
    }

    @Test
    void boundsAreEnforced() {
        assertThat(ScriptParser.parse(" ").problems()).extracting(ScriptProblem::messageKey).containsExactly("gogc.error.empty");
        assertThat(ScriptParser.parse("x".repeat(Limits.MAX_SCRIPT_CHARS + 1)).problems())
                .extracting(ScriptProblem::messageKey).containsExactly("gogc.error.tooLong");
        assertThat(ScriptParser.parse("#\n".repeat(Limits.MAX_LINES + 1)).problems())
                .extracting(ScriptProblem::messageKey).containsExactly("gogc.error.tooManyLines");
        StringBuilder objects = new StringBuilder("object");
        for (int i = 0; i <= Limits.MAX_OBJECTS; i++) {
            objects.append(" O").append(i);
        }
        assertThat(ScriptParser.parse(objects.toString()).problems()).extracting(ScriptProblem::messageKey)
                .containsExactly("gogc.error.tooManyObjects");
        assertThat(ScriptParser.parse("g1.x = A\n" + "gc: scan A\n".repeat(Limits.MAX_STEPS + 1)).problems())
                .extracting(ScriptProblem::messageKey).containsExactly("gogc.error.tooManySteps");
        assertThat(ScriptParser.parse("g1: a = b\ng2: c = d\ng3: e = f\ng4: h = i").problems())
                .extracting(ScriptProblem::messageKey).contains("gogc.error.tooManyGoroutines", "gogc.error.tooManyLocals");
    }

    @Test
    void everyPresetParses() {
        for (Preset preset : Preset.values()) {
            assertThat(ScriptParser.parse(preset.script()).problems()).as(preset.slug()).isEqualTo(List.of());
        }
    }
}
