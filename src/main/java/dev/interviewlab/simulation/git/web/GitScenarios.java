package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.git.engine.Command;
import dev.interviewlab.simulation.git.engine.Comparison;
import dev.interviewlab.simulation.git.engine.GitEngine;
import dev.interviewlab.simulation.git.engine.Preset;
import dev.interviewlab.simulation.git.engine.Scenario;
import dev.interviewlab.simulation.git.engine.ScenarioException;
import dev.interviewlab.simulation.git.engine.ScriptParser;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.simulation.git.engine.StepProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs what the form asks for: a script in run mode, or a starting history in compare mode. Every
 * problem comes back with the line it belongs to (or the base/topic field), never as an exception.
 */
final class GitScenarios {

    /** A problem for the form: a line of the script (field "script") or another field. */
    record FormProblem(String field, int line, String messageKey, List<Object> arguments) {
    }

    /** Either a result or the problems that prevented it. */
    record Outcome<T>(T value, ScriptParser.ParsedScript parsed, List<FormProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private GitScenarios() {
    }

    /** The script the form runs: the learner's, or the preset's when the learner typed none. */
    static String scriptOf(GitForm form) {
        if (form.getScript() != null && !form.getScript().isBlank()) {
            return form.getScript();
        }
        Preset preset = Preset.bySlug(form.getPreset() == null ? "" : form.getPreset());
        if (preset == null) {
            return null;
        }
        return form.isCompare() ? preset.history() : preset.script();
    }

    static Outcome<SimulationResult> run(String script) {
        ScriptParser.ParsedScript parsed;
        try {
            parsed = ScriptParser.parse(script);
        } catch (ScriptParser.ScriptException e) {
            return new Outcome<>(null, null, lineProblems(e.problems()));
        }
        try {
            return new Outcome<>(GitEngine.run(new Scenario(parsed.commands())), parsed, List.of());
        } catch (ScenarioException e) {
            return new Outcome<>(null, parsed, e.problems().stream()
                    .map(problem -> lineProblem(ScriptParser.toLine(parsed, problem))).toList());
        }
    }

    static Outcome<Comparison> compare(String script, String base, String topic) {
        ScriptParser.ParsedScript parsed;
        try {
            parsed = ScriptParser.parse(script);
        } catch (ScriptParser.ScriptException e) {
            return new Outcome<>(null, null, lineProblems(e.problems()));
        }
        try {
            return new Outcome<>(Comparison.of(parsed.commands(), base, topic), parsed, List.of());
        } catch (ScenarioException e) {
            List<FormProblem> problems = new ArrayList<>();
            for (StepProblem problem : e.problems()) {
                if (problem.step() < parsed.commands().size()) {
                    problems.add(lineProblem(ScriptParser.toLine(parsed, problem)));
                } else {
                    // the problem is in the integration compare mode appended: the base or topic branch
                    String field = problem.field().equals("into") || problem.field().equals("onto") ? "base" : "topic";
                    problems.add(new FormProblem(field, 0, problem.messageKey(), problem.arguments()));
                }
            }
            return new Outcome<>(null, parsed, problems);
        }
    }

    /** The script line each step came from, for the step list. */
    static List<String> commandLines(String script, ScriptParser.ParsedScript parsed, List<Command> commands) {
        String[] rows = script.split("\r?\n", -1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (parsed != null && i < parsed.lines().size()) {
                lines.add(rows[parsed.lines().get(i) - 1].strip());
            } else {
                lines.add(GitRunViews.describe(commands.get(i)));
            }
        }
        return lines;
    }

    private static List<FormProblem> lineProblems(List<ScriptParser.LineProblem> problems) {
        return problems.stream().map(GitScenarios::lineProblem).toList();
    }

    private static FormProblem lineProblem(ScriptParser.LineProblem problem) {
        return new FormProblem("script", problem.line(), problem.messageKey(), problem.arguments());
    }
}
