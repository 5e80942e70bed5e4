package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.mesi.engine.Layout;
import dev.interviewlab.simulation.mesi.engine.MesiRun;
import dev.interviewlab.simulation.mesi.engine.MesiState;
import dev.interviewlab.simulation.mesi.engine.MesiStep;
import dev.interviewlab.simulation.mesi.engine.Snapshot;
import dev.interviewlab.simulation.svg.Svg;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The caches, the bus and memory after each step, one frame per step: the requester's cache is
 * outlined, the bus carries the step's message, the cache that supplied data by Flush and memory
 * when written back are marked. Only the current frame shows (the server marks it is-current;
 * {@code replay.js} moves the mark).
 */
final class MesiDiagram {

    /** @param busLabel the text on the bus for each step (1-based at index - 1) */
    record Labels(String title, String description, String core, String memory, String bus, IntFunction<String> busLabel,
                  String flush, String writeBack) {
    }

    private static final double BOX_WIDTH = 168;
    private static final double GAP = 16;
    private static final double ROW = 24;
    private static final double TOP = 30;

    private MesiDiagram() {
    }

    static String draw(MesiRun run, int current, Labels labels) {
        int cores = run.program().cores();
        Layout layout = run.program().layout();
        int lines = layout.lineCount();
        double width = Math.max(560, cores * (BOX_WIDTH + GAP) + GAP);
        double boxHeight = 12 + lines * ROW;
        double busY = TOP + boxHeight + 46;
        double memoryY = busY + 34;
        double memoryHeight = 12 + lines * ROW;
        double height = memoryY + memoryHeight + 12;
        Svg svg = Svg.of("mesi-diagram", width, height, labels.title(), labels.description());
        for (MesiStep step : run.steps()) {
            String replayClass = step.number() == current ? "is-current" : step.number() < current ? "is-past" : "is-future";
            svg.group("mesi-frame " + replayClass, step.number());
            drawStep(svg, run, step, labels, width, boxHeight, busY, memoryY, memoryHeight);
            svg.end();
        }
        return svg.build();
    }

    private static void drawStep(Svg svg, MesiRun run, MesiStep step, Labels labels, double width, double boxHeight,
                                 double busY, double memoryY, double memoryHeight) {
        Layout layout = run.program().layout();
        Snapshot after = step.after();
        int requester = step.operation().core();
        int activeLine = layout.line(step.operation().variable());
        svg.line(GAP, busY, width - GAP, busY, step.bus() == null ? "mesi-bus" : "mesi-bus mesi-bus-busy");
        svg.text(width - GAP, busY - 8, labels.bus(), "end", "mesi-bus-name");
        // from the left edge, so a phone that shows the diagram's left part shows the message
        svg.text(GAP + 4, busY + 22, labels.busLabel().apply(step.number()), "start", "mesi-bus-label");
        for (int c = 0; c < run.program().cores(); c++) {
            double x = GAP + c * (BOX_WIDTH + GAP);
            int core = c;
            boolean snooped = step.snoops().stream().anyMatch(s -> s.core() == core);
            String boxClass = "mesi-cache" + (c == requester ? " mesi-requester" : "") + (snooped ? " mesi-snooper" : "");
            svg.text(x + 4, TOP - 8, labels.core() + " c" + c, "start", c == requester ? "mesi-core-name mesi-active" : "mesi-core-name");
            svg.rect(x, TOP, BOX_WIDTH, boxHeight, boxClass);
            String link = c == step.suppliedBy() ? "mesi-link mesi-flush" : c == requester && step.bus() != null ? "mesi-link mesi-active" : "mesi-link";
            svg.line(x + BOX_WIDTH / 2, TOP + boxHeight, x + BOX_WIDTH / 2, busY, link);
            if (c == step.suppliedBy()) {
                svg.text(x + BOX_WIDTH / 2 + 6, busY - 14, labels.flush(), "start", "mesi-flush-label");
            }
            for (int line = 0; line < layout.lineCount(); line++) {
                double y = TOP + 6 + line * ROW;
                MesiState state = after.state(c, line);
                svg.rect(x + 6, y, 22, 20, "mesi-state mesi-state-" + Character.toLowerCase(state.letter())
                        + (line == activeLine && (c == requester || snooped) ? " mesi-changed" : ""));
                svg.text(x + 17, y + 15, String.valueOf(state.letter()), "middle", "mesi-state-letter");
                svg.text(x + 34, y + 15, values(layout, line, after.values().get(c)), "start", "mesi-values");
            }
        }
        double memoryX = GAP;
        svg.line(width / 2, busY, width / 2, memoryY, step.writeBack() ? "mesi-link mesi-writeback" : "mesi-link");
        svg.rect(memoryX, memoryY, width - 2 * GAP, memoryHeight, step.writeBack() ? "mesi-memory mesi-writeback" : "mesi-memory");
        svg.text(memoryX + 8, memoryY + 18, labels.memory() + (step.writeBack() ? " · " + labels.writeBack() : ""), "start", "mesi-memory-name");
        for (int line = 0; line < layout.lineCount(); line++) {
            svg.text(memoryX + 180, memoryY + 18 + line * ROW, values(layout, line, after.memory()), "start", "mesi-values");
        }
    }

    /** {@code x=1 y=2} for the variables of a line; a dash for an Invalid copy. */
    private static String values(Layout layout, int line, List<Integer> values) {
        StringBuilder text = new StringBuilder();
        for (int v = 0; v < layout.variables().size(); v++) {
            if (layout.line(v) != line) {
                continue;
            }
            Integer value = values.get(v);
            if (value == null) {
                return "—";
            }
            text.append(text.isEmpty() ? "" : "  ").append(layout.variables().get(v)).append('=').append(value);
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
