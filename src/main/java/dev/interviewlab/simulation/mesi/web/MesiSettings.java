package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.mesi.engine.CheckBounds;
import dev.interviewlab.simulation.mesi.engine.InputProblem;
import dev.interviewlab.simulation.mesi.engine.MesiLimits;
import dev.interviewlab.simulation.mesi.engine.MesiProgram;
import dev.interviewlab.simulation.mesi.engine.MesiScript;
import dev.interviewlab.simulation.mesi.engine.ProtocolBug;
import dev.interviewlab.simulation.mesi.engine.RandomProgram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The page's and the API's settings as text, read into a program, a protocol and the checker's
 * bounds, or into every problem found, each naming its field. Missing values take the defaults.
 */
record MesiSettings(String source, String cores, String script, String operations, String variables, boolean sameLine,
                    String seed, String bug, String checkCores, String checkOps, String checkVariables,
                    boolean checkSameLine) {

    static final String SCRIPT = "script";
    static final String RANDOM = "random";
    private static final MesiForm DEFAULTS = new MesiForm();

    record Resolved(MesiProgram program, ProtocolBug bug, CheckBounds check) {
    }

    /** @param resolved null when there are problems */
    record Outcome(Resolved resolved, List<InputProblem> problems) {
    }

    Outcome resolve() {
        List<InputProblem> problems = new ArrayList<>();
        ProtocolBug protocol = ProtocolBug.byKey(orDefault(bug, "none")).orElse(null);
        if (protocol == null) {
            problems.add(new InputProblem("bug", "mesi.error.choice",
                    List.of(String.join(", ", Arrays.stream(ProtocolBug.values()).map(ProtocolBug::key).toList()))));
        }
        String mode = orDefault(source, SCRIPT);
        if (!mode.equals(SCRIPT) && !mode.equals(RANDOM)) {
            problems.add(new InputProblem("source", "mesi.error.choice", List.of(SCRIPT + ", " + RANDOM)));
        }
        Integer coreCount = number("cores", orDefault(cores, String.valueOf(MesiForm.DEFAULT_PRESET.cores())), problems);
        if (coreCount != null && (coreCount < MesiLimits.MIN_CORES || coreCount > MesiLimits.MAX_CORES)) {
            problems.add(new InputProblem("cores", "mesi.error.range", List.of(MesiLimits.MIN_CORES, MesiLimits.MAX_CORES)));
            coreCount = null;
        }
        MesiProgram program = null;
        if (mode.equals(RANDOM)) {
            Integer count = number("operations", orDefault(operations, DEFAULTS.getOperations()), problems);
            Integer names = number("variables", orDefault(variables, DEFAULTS.getVariables()), problems);
            Long seedValue = longNumber("seed", orDefault(seed, DEFAULTS.getSeed()), problems);
            List<InputProblem> ranges = RandomProgram.problems(coreCount == null ? MesiLimits.MIN_CORES : coreCount,
                    count == null ? 1 : count, names == null ? 1 : names);
            problems.addAll(ranges);
            if (problems.isEmpty()) {
                program = new RandomProgram(coreCount, count, names, sameLine, seedValue).program();
            }
        } else if (coreCount != null) {
            MesiScript.Parsed parsed = MesiScript.parse(script, coreCount);
            problems.addAll(parsed.problems());
            program = parsed.program();
        }
        Integer cc = number("checkCores", orDefault(checkCores, DEFAULTS.getCheckCores()), problems);
        Integer co = number("checkOps", orDefault(checkOps, DEFAULTS.getCheckOps()), problems);
        Integer cv = number("checkVariables", orDefault(checkVariables, DEFAULTS.getCheckVariables()), problems);
        if (cc != null && co != null && cv != null) {
            problems.addAll(CheckBounds.problems(cc, co, cv));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new Resolved(program, protocol,
                new CheckBounds(cc, co, cv, checkSameLine, false, CheckBounds.WEB_MAX_STATES)), List.of());
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static Integer number(String field, String text, List<InputProblem> problems) {
        Long value = longNumber(field, text, problems);
        if (value == null) {
            return null;
        }
        if (value > 1_000_000 || value < -1_000_000) {
            problems.add(new InputProblem(field, "mesi.error.number", List.of()));
            return null;
        }
        return value.intValue();
    }

    private static Long longNumber(String field, String text, List<InputProblem> problems) {
        try {
            return Long.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(field, "mesi.error.number", List.of()));
            return null;
        }
    }
}
