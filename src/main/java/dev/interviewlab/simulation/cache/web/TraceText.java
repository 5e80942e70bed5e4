package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.Limits;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.RawTraceOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's trace, one operation a line, which is easier to type than JSON:
 * <pre>
 * db k old              # the database holds k = old before the run
 * get k                 # client 0, as soon as it is free
 * c1 @1.8 put k new     # client 1, not before 1.8 ms
 * </pre>
 * Blank lines and text after {@code #} are ignored.
 */
record TraceText(List<RawTraceOperation> operations, List<Integer> lineOfOperation, Map<String, String> database,
                 List<LineProblem> problems) {

    /** A line that could not be read. */
    record LineProblem(int line, String code) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^(?:c(?<client>\\d{1,4})\\s+)?(?:@(?<at>\\d{1,9}(?:\\.\\d{1,3})?)\\s+)?(?<op>\\S+)(?:\\s+(?<key>\\S+))?(?:\\s+(?<value>\\S+))?\\s*$");

    static TraceText parse(String text) {
        List<RawTraceOperation> operations = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, String> database = new LinkedHashMap<>();
        List<LineProblem> problems = new ArrayList<>();
        String[] rows = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < rows.length && problems.size() < 20; i++) {
            int line = i + 1;
            String row = rows[i];
            int comment = row.indexOf('#');
            String content = (comment >= 0 ? row.substring(0, comment) : row).strip();
            if (content.isEmpty()) {
                continue;
            }
            if (operations.size() >= Limits.MAX_TRACE_OPERATIONS) {
                problems.add(new LineProblem(line, "traceTooLong"));
                break;
            }
            Matcher m = LINE.matcher(content);
            if (!m.matches()) {
                problems.add(new LineProblem(line, "traceSyntax"));
                continue;
            }
            String op = m.group("op").toLowerCase(java.util.Locale.ROOT);
            String key = m.group("key");
            String value = m.group("value");
            if (key == null) {
                problems.add(new LineProblem(line, "traceNoKey"));
                continue;
            }
            switch (op) {
                case "db" -> {
                    if (value == null || m.group("client") != null || m.group("at") != null) {
                        problems.add(new LineProblem(line, "traceDb"));
                    } else {
                        database.put(key, value);
                    }
                }
                case "get", "put" -> {
                    if (op.equals("get") && value != null) {
                        problems.add(new LineProblem(line, "traceGetValue"));
                        continue;
                    }
                    Integer client = m.group("client") == null ? null : Integer.valueOf(m.group("client"));
                    Double at = m.group("at") == null ? null : Double.valueOf(m.group("at"));
                    operations.add(new RawTraceOperation(op, key, value, client, at));
                    lines.add(line);
                }
                default -> problems.add(new LineProblem(line, "traceOp"));
            }
        }
        if (operations.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(0, "traceEmpty"));
        }
        return new TraceText(List.copyOf(operations), List.copyOf(lines), database, List.copyOf(problems));
    }

    /** The text line of operation {@code index}. */
    int lineOf(int index) {
        return index >= 0 && index < lineOfOperation.size() ? lineOfOperation.get(index) : 0;
    }
}
