package dev.interviewlab.simulation.gmp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the workload language, one line per {@code go} statement of the main goroutine:
 * <pre>
 *   spawn 300 work 2ms            300 goroutines, each 2 ms of CPU work (with function calls)
 *   g loop 50ms nocalls           one goroutine in a 50 ms loop without function calls
 *   g work 1ms, syscall 5ms       1 ms of work, then a blocking system call of 5 ms
 *   g net wait 3ms, work 1ms      parks on the netpoller for 3 ms, then works
 *   g sleep 1ms, work 500us       time.Sleep(1ms), then works
 * </pre>
 * Durations are {@code ms} or {@code us}, rounded up to whole ticks of 100 µs; {@code #} starts a comment.
 */
public final class WorkloadParser {

    private static final Pattern LINE = Pattern.compile("(?:spawn\\s+(\\d{1,5})|g)\\s+(.+)");
    private static final Pattern PHASE = Pattern.compile(
            "(work|loop|syscall|net(?:\\s+wait)?|sleep)\\s+(\\d{1,6})\\s*(ms|us|µs)(\\s+nocalls)?");

    /** The workload read, or what is wrong with it (then {@code spawns} is empty and problems are not). */
    public record Result(List<Spawn> spawns, List<ScriptProblem> problems) {
        public Result {
            spawns = List.copyOf(spawns);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private WorkloadParser() {
    }

    public static Result parse(String script) {
        if (script == null || script.isBlank()) {
            return failed(ScriptProblem.of(0, "gmp.script.empty"));
        }
        if (script.length() > Limits.MAX_SCRIPT_CHARS) {
            return failed(ScriptProblem.of(0, "gmp.script.tooLong", Limits.MAX_SCRIPT_CHARS));
        }
        String[] lines = script.split("\\R", -1);
        if (lines.length > Limits.MAX_LINES) {
            return failed(ScriptProblem.of(0, "gmp.script.tooManyLines", Limits.MAX_LINES));
        }
        List<Spawn> spawns = new ArrayList<>();
        List<ScriptProblem> problems = new ArrayList<>();
        int goroutines = 0;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String text = stripComment(lines[i]);
            if (text.isEmpty()) {
                continue;
            }
            Matcher line = LINE.matcher(text);
            if (!line.matches()) {
                problems.add(ScriptProblem.of(number, "gmp.script.unknown", text));
                continue;
            }
            int count = line.group(1) == null ? 1 : Integer.parseInt(line.group(1));
            if (count < 1) {
                problems.add(ScriptProblem.of(number, "gmp.script.count", count));
                continue;
            }
            goroutines += count;
            String[] parts = line.group(2).split("\\s*(?:,|\\bthen\\b)\\s*");
            if (parts.length > Limits.MAX_PHASES_PER_LINE) {
                problems.add(ScriptProblem.of(number, "gmp.script.tooManyPhases", Limits.MAX_PHASES_PER_LINE));
                continue;
            }
            List<Phase> phases = new ArrayList<>();
            for (String part : parts) {
                Matcher phase = PHASE.matcher(part.strip());
                if (!phase.matches() || (phase.group(4) != null && !phase.group(1).equals("loop"))) {
                    problems.add(ScriptProblem.of(number, "gmp.script.phase", part.strip()));
                    phases = null;
                    break;
                }
                long micros = Long.parseLong(phase.group(2)) * (phase.group(3).equals("ms") ? 1000 : 1);
                long ticks = (micros + Tick.MICROS - 1) / Tick.MICROS;
                if (ticks < 1 || ticks > Limits.MAX_PHASE_TICKS) {
                    problems.add(ScriptProblem.of(number, "gmp.script.duration", part.strip(),
                            Tick.format(Limits.MAX_PHASE_TICKS)));
                    phases = null;
                    break;
                }
                phases.add(new Phase(kindOf(phase.group(1), phase.group(4) != null), (int) ticks));
            }
            if (phases != null) {
                spawns.add(new Spawn(number, count, phases));
            }
        }
        if (goroutines > Limits.MAX_GOROUTINES) {
            problems.add(ScriptProblem.of(0, "gmp.script.tooManyGoroutines", Limits.MAX_GOROUTINES));
        }
        if (problems.isEmpty() && spawns.isEmpty()) {
            problems.add(ScriptProblem.of(0, "gmp.script.empty"));
        }
        return problems.isEmpty() ? new Result(spawns, List.of()) : new Result(List.of(), problems);
    }

    private static PhaseKind kindOf(String word, boolean nocalls) {
        if (word.startsWith("net")) {
            return PhaseKind.NET;
        }
        return switch (word) {
            case "loop" -> nocalls ? PhaseKind.LOOP_NOCALLS : PhaseKind.WORK;
            case "syscall" -> PhaseKind.SYSCALL;
            case "sleep" -> PhaseKind.SLEEP;
            default -> PhaseKind.WORK;
        };
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip().replaceAll("\\s+", " ");
    }

    private static Result failed(ScriptProblem problem) {
        return new Result(List.of(), List.of(problem));
    }
}
