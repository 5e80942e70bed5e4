package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.SettingProblem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine's setting problems as message keys, and their JSON names as form fields. */
final class SettingProblems {

    private static final Pattern TRACE_ENTRY = Pattern.compile("^trace\\[(\\d+)]");

    private SettingProblems() {
    }

    static String messageKey(SettingProblem problem) {
        return "cache.error." + problem.code();
    }

    /** {@code workload.keyCount} is the form's {@code keyCount}; anything about the trace is the trace box. */
    static String formField(SettingProblem problem) {
        String field = problem.field();
        if (field.startsWith("workload.")) {
            return field.substring("workload.".length());
        }
        if (field.startsWith("trace") || field.startsWith("database")) {
            return "trace";
        }
        return field;
    }

    /** The trace entry a problem is about, or -1. */
    static int traceIndex(SettingProblem problem) {
        Matcher m = TRACE_ENTRY.matcher(problem.field());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
