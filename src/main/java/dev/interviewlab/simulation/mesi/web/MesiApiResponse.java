package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.mesi.engine.BusTraffic;
import dev.interviewlab.simulation.mesi.engine.CheckResult;
import dev.interviewlab.simulation.mesi.engine.Layout;
import dev.interviewlab.simulation.mesi.engine.MesiRun;
import dev.interviewlab.simulation.mesi.engine.MesiState;
import dev.interviewlab.simulation.mesi.engine.MesiStep;
import dev.interviewlab.simulation.mesi.engine.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code {"program": …, "bug": …, "steps": […], "traffic": …, "paddedTraffic": …, "check": …}}: each
 * step's request, the requester's rule and transition, the bus message, every snooping cache's
 * reaction, who supplied the data ({@code memory}, {@code c1}, or null when none moved), whether
 * memory was written back, the value read, every cache's states afterwards ([core][line], M/E/S/I),
 * memory, and the guarantees broken. {@code paddedTraffic} is the same requests with every variable
 * on its own line (null when none share a line). {@code check} is the model checker's verdict.
 */
record MesiApiResponse(Program program, String bug, List<Step> steps, BusTraffic traffic, BusTraffic paddedTraffic, Check check) {

    record Program(int cores, List<String> variables, List<List<String>> lines, String script) {
    }

    record Step(int step, String core, String request, String variable, Integer value, String rule, String from, String to,
                String bus, List<Snoop> snoops, String suppliedBy, boolean writeBack, Integer valueRead,
                List<String> states, Map<String, Integer> memory, List<ViolationView> violations) {
    }

    record Snoop(String core, String rule, String from, String to) {
    }

    record ViolationView(String kind, int line, String variable, List<String> cores, Integer expected, Integer actual) {
    }

    record Check(int cores, int opsPerCore, int variables, boolean sameLine, long states, long transitions, boolean complete,
                 boolean passed, String counterexample, List<ViolationView> violations) {
    }

    static MesiApiResponse of(MesiRun run, BusTraffic padded, CheckResult check) {
        Layout layout = run.program().layout();
        List<List<String>> lines = new ArrayList<>();
        for (int line = 0; line < layout.lineCount(); line++) {
            lines.add(layout.variablesOn(line));
        }
        Program program = new Program(run.program().cores(), layout.variables(), lines, run.program().script());
        List<Step> steps = run.steps().stream().map(step -> step(layout, step)).toList();
        return new MesiApiResponse(program, run.bug().key(), steps, run.traffic(), padded, check(check));
    }

    private static Step step(Layout layout, MesiStep step) {
        var op = step.operation();
        List<String> states = step.after().states().stream()
                .map(row -> row.stream().map(s -> String.valueOf(s.letter())).reduce("", String::concat)).toList();
        Map<String, Integer> memory = new LinkedHashMap<>();
        for (int v = 0; v < layout.variables().size(); v++) {
            memory.put(layout.variables().get(v), step.after().memory().get(v));
        }
        String supplied = step.suppliedBy() >= 0 ? "c" + step.suppliedBy() : step.suppliedBy() == MesiStep.MEMORY ? "memory" : null;
        return new Step(step.number(), "c" + op.core(), op.kind().name().toLowerCase(Locale.ROOT), layout.variables().get(op.variable()),
                op.kind() == dev.interviewlab.simulation.mesi.engine.Operation.Kind.WRITE ? op.value() : null,
                step.rule() == null ? null : step.rule().name(), step.rule() == null ? null : letter(step.rule().from()),
                step.rule() == null ? null : letter(step.rule().to()), step.bus() == null ? null : step.bus().label(),
                step.snoops().stream().map(s -> new Snoop("c" + s.core(), s.rule().name(), letter(s.rule().from()), letter(s.rule().to()))).toList(),
                supplied, step.writeBack(), step.valueRead(), states, memory, violations(layout, step.violations()));
    }

    private static List<ViolationView> violations(Layout layout, List<Violation> violations) {
        return violations.stream().map(v -> new ViolationView(v.kind().name(), v.line(),
                v.variable() < 0 ? null : layout.variables().get(v.variable()), v.cores().stream().map(c -> "c" + c).toList(),
                v.kind() == Violation.Kind.STALE_READ ? v.expected() : null, v.kind() == Violation.Kind.STALE_READ ? v.actual() : null)).toList();
    }

    private static Check check(CheckResult result) {
        var bounds = result.bounds();
        String script = result.counterexample().map(run -> run.program().script()).orElse(null);
        List<ViolationView> violations = result.counterexample()
                .flatMap(run -> run.firstViolation().map(step -> violations(run.program().layout(), step.violations())))
                .orElse(List.of());
        return new Check(bounds.cores(), bounds.opsPerCore(), bounds.variables(), bounds.sameLine(), result.states(),
                result.transitions(), result.complete(), result.passed(), script, violations);
    }

    private static String letter(MesiState state) {
        return String.valueOf(state.letter());
    }
}
