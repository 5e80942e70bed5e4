package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the program's variables live: which cache line holds each. Coherence works on whole lines,
 * so two variables on one line are invalidated together (false sharing).
 *
 * @param variables names, in order of first use
 * @param lineOf    the line index of each variable; lines are numbered 0.. in order of first use
 */
public record Layout(List<String> variables, List<Integer> lineOf) {

    public Layout {
        variables = List.copyOf(variables);
        lineOf = List.copyOf(lineOf);
        if (variables.size() != lineOf.size()) {
            throw new IllegalArgumentException("one line per variable");
        }
    }

    /** Every variable on a line of its own ("padded"). */
    public static Layout padded(List<String> variables) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            lines.add(i);
        }
        return new Layout(variables, lines);
    }

    public Layout padded() {
        return padded(variables);
    }

    public int lineCount() {
        return lineOf.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    public int line(int variable) {
        return lineOf.get(variable);
    }

    /** Whether some line holds two or more variables. */
    public boolean sharesALine() {
        return lineCount() < variables.size();
    }

    /** The names of the variables on a line, e.g. {@code x y}. */
    public List<String> variablesOn(int line) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            if (lineOf.get(i) == line) {
                names.add(variables.get(i));
            }
        }
        return names;
    }
}
