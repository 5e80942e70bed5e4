package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.gmp.engine.GmpInput;
import dev.interviewlab.simulation.gmp.engine.Limits;
import dev.interviewlab.simulation.gmp.engine.Preemption;
import dev.interviewlab.simulation.gmp.engine.Preset;
import dev.interviewlab.simulation.gmp.engine.ScriptProblem;
import dev.interviewlab.simulation.gmp.engine.WorkloadParser;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a client sent (preset, script, GOMAXPROCS, preemption, seed) into an engine input or into field
 * problems. A preset supplies the script and the settings the client leaves out.
 */
final class GmpRequest {

    /** The input to run, or the problems (then input is null). */
    record Resolved(GmpInput input, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private GmpRequest() {
    }

    static Resolved resolve(String presetSlug, String script, Integer gomaxprocs, String preemptionSlug, Long seed) {
        List<FieldProblem> problems = new ArrayList<>();
        Preset preset = null;
        if (presetSlug != null && !presetSlug.isBlank()) {
            preset = Preset.bySlug(presetSlug.strip()).orElse(null);
            if (preset == null) {
                problems.add(FieldProblem.of("preset", "gmp.error.preset"));
            }
        }
        String text = script != null && !script.isBlank() ? script : preset == null ? null : preset.script();
        if (text == null && problems.isEmpty()) {
            problems.add(FieldProblem.of("script", "gmp.script.empty"));
        }
        int procs = gomaxprocs != null ? gomaxprocs : preset != null ? preset.gomaxprocs() : 4;
        if (procs < Limits.MIN_PROCS || procs > Limits.MAX_PROCS) {
            problems.add(FieldProblem.of("gomaxprocs", "gmp.error.gomaxprocs", Limits.MIN_PROCS, Limits.MAX_PROCS));
        }
        Preemption preemption = preset != null ? preset.preemption() : Preemption.ASYNC;
        if (preemptionSlug != null && !preemptionSlug.isBlank()) {
            preemption = Preemption.bySlug(preemptionSlug.strip()).orElse(null);
            if (preemption == null) {
                problems.add(FieldProblem.of("preemption", "gmp.error.preemption", "go1.13, go1.14"));
            }
        }
        WorkloadParser.Result parsed = null;
        if (text != null) {
            parsed = WorkloadParser.parse(text);
            parsed.problems().forEach(problem -> problems.add(fieldProblem(problem)));
        }
        if (!problems.isEmpty()) {
            return new Resolved(null, problems);
        }
        return new Resolved(new GmpInput(parsed.spawns(), procs, preemption, seed == null ? 1 : seed), List.of());
    }

    private static FieldProblem fieldProblem(ScriptProblem problem) {
        if (problem.line() == 0) {
            return new FieldProblem("script", problem.messageKey(), problem.arguments());
        }
        return FieldProblem.of("script", "gmp.error.line", problem.line(),
                new DefaultMessageSourceResolvable(new String[]{problem.messageKey()}, problem.arguments().toArray()));
    }
}
