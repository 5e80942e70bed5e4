package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.Preset;
import dev.interviewlab.simulation.gogc.engine.Scenario;
import dev.interviewlab.simulation.gogc.engine.ScriptParser;
import dev.interviewlab.simulation.gogc.engine.ScriptProblem;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the page or the JSON API sent (preset, script, barrier) into a scenario and a barrier,
 * or into field problems; shared so both answer bad input the same way.
 */
final class GoGcInput {

    /** A scenario and barrier to run, or the problems (then both are null). */
    record Resolved(Scenario scenario, Barrier barrier, String script, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private GoGcInput() {
    }

    static Resolved resolve(String presetSlug, String script, String barrierKey) {
        List<FieldProblem> problems = new ArrayList<>();
        Barrier barrier = Barrier.NONE;
        if (barrierKey != null && !barrierKey.isBlank()) {
            barrier = Barrier.byKey(barrierKey).orElse(null);
            if (barrier == null) {
                problems.add(FieldProblem.of("barrier", "gogc.error.barrier", "none, dijkstra, yuasa, hybrid"));
            }
        }
        String text = script;
        if (text == null || text.isBlank()) {
            if (presetSlug != null && !presetSlug.isBlank()) {
                Preset preset = Preset.bySlug(presetSlug.strip()).orElse(null);
                if (preset == null) {
                    problems.add(FieldProblem.of("preset", "gogc.error.preset"));
                } else {
                    text = preset.script();
                }
            } else {
                problems.add(FieldProblem.of("script", "gogc.error.empty"));
            }
        }
        Scenario scenario = null;
        if (text != null && !text.isBlank()) {
            ScriptParser.Result parsed = ScriptParser.parse(text);
            parsed.problems().forEach(problem -> problems.add(fieldProblem(problem)));
            scenario = parsed.scenario();
        }
        return problems.isEmpty() ? new Resolved(scenario, barrier, text, List.of())
                : new Resolved(null, null, text, problems);
    }

    private static FieldProblem fieldProblem(ScriptProblem problem) {
        if (problem.line() == 0) {
            return new FieldProblem("script", problem.messageKey(), problem.arguments());
        }
        return FieldProblem.of("script", "gogc.error.line", problem.line(),
                new DefaultMessageSourceResolvable(new String[]{problem.messageKey()}, problem.arguments().toArray()));
    }
}
