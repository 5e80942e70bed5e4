package dev.interviewlab.simulation.gmp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadParserTest {

    @Test
    void readsSpawnLinesWithPhasesInTicks() {
        WorkloadParser.Result result = WorkloadParser.parse("""
                # comment
                spawn 3 work 2ms, syscall 150us
                g loop 50ms nocalls then net wait 1ms
                g sleep 1ms
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.spawns()).containsExactly(
                new Spawn(2, 3, List.of(new Phase(PhaseKind.WORK, 20), new Phase(PhaseKind.SYSCALL, 2))),
                new Spawn(3, 1, List.of(new Phase(PhaseKind.LOOP_NOCALLS, 500), new Phase(PhaseKind.NET, 10))),
                new Spawn(4, 1, List.of(new Phase(PhaseKind.SLEEP, 10))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                              | 0 | gmp.script.empty",
            "# only a comment                | 0 | gmp.script.empty",
            "go work 1ms                     | 1 | gmp.script.unknown",
            "g work 1s                       | 1 | gmp.script.phase",
            "g syscall 1ms nocalls           | 1 | gmp.script.phase",
            "g work 201ms                    | 1 | gmp.script.duration",
            "spawn 0 work 1ms                | 1 | gmp.script.count",
            "spawn 2001 work 1ms             | 0 | gmp.script.tooManyGoroutines",
            "g work 1ms,work 1ms,work 1ms,work 1ms,work 1ms,work 1ms,work 1ms,work 1ms,work 1ms | 1 | gmp.script.tooManyPhases",
    })
    void reportsWhatIsWrongWithALine(String script, int line, String key) {
        WorkloadParser.Result result = WorkloadParser.parse(script);
        assertThat(result.ok()).isFalse();
        assertThat(result.spawns()).isEmpty();
        assertThat(result.problems()).extracting(ScriptProblem::line, ScriptProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(line, key));
    }

    @Test
    void rejectsScriptsBeyondTheSizeLimits() {
        assertThat(WorkloadParser.parse("g work 1ms\n".repeat(Limits.MAX_LINES + 1)).problems())
                .extracting(ScriptProblem::messageKey).containsExactly("gmp.script.tooManyLines");
        assertThat(WorkloadParser.parse("#".repeat(Limits.MAX_SCRIPT_CHARS + 1)).problems())
                .extracting(ScriptProblem::messageKey).containsExactly("gmp.script.tooLong");
    }

    @Test
    void everyPresetParses() {
        for (Preset preset : Preset.values()) {
            assertThat(WorkloadParser.parse(preset.script()).ok()).as(preset.slug()).isTrue();
        }
    }
}
