package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a program written one request a line, in bus order:
 * <pre>
 * # two counters on one cache line
 * line x y
 * c0 W x 1
 * c1 R y
 * c0 evict x
 * </pre>
 * {@code line} puts variables on one cache line; any other variable has a line of its own.
 * Every problem is reported with its line number, not only the first.
 */
public final class MesiScript {

    public static final String FIELD = "script";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern REQUEST = Pattern.compile("c(\\d+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(\\S+))?");

    /** @param program null when there are problems */
    public record Parsed(MesiProgram program, List<InputProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    private MesiScript() {
    }

    public static Parsed parse(String text, int cores) {
        List<InputProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Parsed(null, List.of(InputProblem.of(FIELD, "mesi.error.script.empty")));
        }
        if (text.length() > MesiLimits.MAX_SCRIPT_CHARS) {
            return new Parsed(null, List.of(InputProblem.of(FIELD, "mesi.error.script.tooLong", MesiLimits.MAX_SCRIPT_CHARS)));
        }
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> sharedLines = new ArrayList<>();
        record Request(int lineNumber, int core, Operation.Kind kind, String name, int value) {
        }
        List<Request> requests = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("line ") || lower.equals("line")) {
                String[] names = lower.substring(4).strip().split("\\s+");
                if (names.length < 2 || names[0].isEmpty()) {
                    problems.add(InputProblem.of(FIELD, "mesi.error.script.lineNeedsTwo", number));
                    continue;
                }
                for (String name : names) {
                    if (!validName(name)) {
                        problems.add(InputProblem.of(FIELD, "mesi.error.script.name", number, name, MesiLimits.MAX_NAME_CHARS));
                    } else if (lineOf.containsKey(name)) {
                        problems.add(InputProblem.of(FIELD, "mesi.error.script.lineTwice", number, name));
                    } else {
                        lineOf.put(name, sharedLines.size());
                    }
                }
                sharedLines.add(lower);
                continue;
            }
            Matcher m = REQUEST.matcher(lower);
            if (!m.matches()) {
                problems.add(InputProblem.of(FIELD, "mesi.error.script.syntax", number, lines[i].strip()));
                continue;
            }
            Integer core = smallNumber(m.group(1));
            if (core == null || core >= cores) {
                problems.add(InputProblem.of(FIELD, "mesi.error.script.core", number, m.group(1), cores - 1));
                continue;
            }
            Operation.Kind kind = switch (m.group(2)) {
                case "r" -> Operation.Kind.READ;
                case "w" -> Operation.Kind.WRITE;
                case "evict" -> Operation.Kind.EVICT;
                default -> null;
            };
            String name = m.group(3);
            if (kind == null) {
                problems.add(InputProblem.of(FIELD, "mesi.error.script.syntax", number, lines[i].strip()));
                continue;
            }
            if (!validName(name)) {
                problems.add(InputProblem.of(FIELD, "mesi.error.script.name", number, name, MesiLimits.MAX_NAME_CHARS));
                continue;
            }
            int value = 0;
            if (kind == Operation.Kind.WRITE) {
                Integer parsed = m.group(4) == null ? null : smallNumber(m.group(4));
                if (parsed == null || parsed > MesiLimits.MAX_VALUE) {
                    problems.add(InputProblem.of(FIELD, "mesi.error.script.value", number, MesiLimits.MAX_VALUE));
                    continue;
                }
                value = parsed;
            } else if (m.group(4) != null) {
                problems.add(InputProblem.of(FIELD, "mesi.error.script.syntax", number, lines[i].strip()));
                continue;
            }
            requests.add(new Request(number, core, kind, name, value));
        }
        if (requests.size() > MesiLimits.MAX_OPERATIONS) {
            problems.add(InputProblem.of(FIELD, "mesi.error.script.tooMany", MesiLimits.MAX_OPERATIONS));
        }
        if (requests.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.of(FIELD, "mesi.error.script.empty"));
        }
        List<String> variables = new ArrayList<>();
        for (Request request : requests) {
            if (!variables.contains(request.name())) {
                variables.add(request.name());
            }
        }
        for (String name : lineOf.keySet()) {
            if (!variables.contains(name)) {
                variables.add(name);
            }
        }
        if (variables.size() > MesiLimits.MAX_VARIABLES) {
            problems.add(InputProblem.of(FIELD, "mesi.error.script.tooManyVariables", MesiLimits.MAX_VARIABLES));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        Layout layout = layout(variables, lineOf);
        List<Operation> operations = requests.stream()
                .map(r -> new Operation(r.core(), r.kind(), variables.indexOf(r.name()), r.value())).toList();
        return new Parsed(new MesiProgram(cores, layout, operations), List.of());
    }

    /** Lines numbered in order of first use; a variable no {@code line} names gets its own. */
    private static Layout layout(List<String> variables, Map<String, Integer> declared) {
        Map<String, Integer> numbering = new LinkedHashMap<>();
        List<Integer> lines = new ArrayList<>();
        for (String name : variables) {
            String group = declared.containsKey(name) ? "#" + declared.get(name) : name;
            lines.add(numbering.computeIfAbsent(group, g -> numbering.size()));
        }
        return new Layout(variables, lines);
    }

    private static boolean validName(String name) {
        return name.length() <= MesiLimits.MAX_NAME_CHARS && NAME.matcher(name).matches();
    }

    private static Integer smallNumber(String digits) {
        if (!digits.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}
