package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.List;

/** Writes resolve and continue steps as script lines ({@link ScriptParser} reads them back) and inserts them into a script. */
public final class ResolutionScript {

    private ResolutionScript() {
    }

    /** {@code resolve f.txt --ours}, or {@code --text "..."} with the text quoted and escaped. */
    public static String line(Command.Resolve resolve) {
        String line = "resolve " + resolve.path() + " --" + resolve.resolution().name().toLowerCase(java.util.Locale.ROOT);
        return resolve.resolution() == Resolution.TEXT ? line + " " + quote(resolve.content()) : line;
    }

    /** {@code git commit} for a merge's continue, otherwise {@code git <operation> --continue|--skip|--abort}. */
    public static String line(Command.Proceed proceed) {
        if (proceed.operation() == Operation.MERGE && proceed.action() == ProceedAction.CONTINUE) {
            return "git commit";
        }
        return "git " + proceed.operation().verb() + " " + proceed.action().option();
    }

    /** The script with {@code lines} inserted after its 1-based line {@code after} (the rest moves down). */
    public static String insertAfter(String script, int after, List<String> lines) {
        List<String> rows = new ArrayList<>(List.of(script.split("\r?\n", -1)));
        int at = Math.min(Math.max(after, 0), rows.size());
        if (at == rows.size() && !rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            at--;
        }
        rows.addAll(at, lines);
        return String.join("\n", rows);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
