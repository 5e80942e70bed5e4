package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.List;

/** What one run executes: the cores, where the variables live, and the requests in bus order. */
public record MesiProgram(int cores, Layout layout, List<Operation> operations) {

    public MesiProgram {
        operations = List.copyOf(operations);
        if (cores < MesiLimits.MIN_CORES || cores > MesiLimits.MAX_CORES) {
            throw new IllegalArgumentException("cores out of range: " + cores);
        }
        for (Operation op : operations) {
            if (op.core() < 0 || op.core() >= cores || op.variable() < 0 || op.variable() >= layout.variables().size()) {
                throw new IllegalArgumentException("operation out of range: " + op);
            }
        }
    }

    /** The same requests with every variable on its own line. */
    public MesiProgram padded() {
        return new MesiProgram(cores, layout.padded(), operations);
    }

    /** The program as a script the parser reads back: {@code line} directives, then one request a line. */
    public String script() {
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < layout.lineCount(); line++) {
            List<String> names = layout.variablesOn(line);
            if (names.size() > 1) {
                lines.add("line " + String.join(" ", names));
            }
        }
        operations.forEach(op -> lines.add(op.scriptLine(layout)));
        return String.join("\n", lines);
    }
}
