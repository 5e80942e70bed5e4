package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.gmp.engine.Frame;
import dev.interviewlab.simulation.gmp.engine.ProcFrame;
import dev.interviewlab.simulation.gmp.engine.ProcState;
import dev.interviewlab.simulation.svg.Svg;

import java.util.List;

/**
 * Draws the scheduler at each step's tick as one SVG with a group per step ({@code data-step}); the page
 * shows the current one and replay.js switches between them. A row per P: the M it is attached to, the G
 * it runs, its runnext slot and its local run queue; below, the global queue, the Ms blocked in syscalls
 * and the goroutines parked on the netpoller. Every box is labelled, so colour is never the only cue.
 */
final class SchedulerSvg {

    /** Localised words the drawing uses. */
    record Labels(String title, String description, String idle, String syscall, String local, String global,
                  String inSyscall, String netpoll, String threads, List<String> captions) {
    }

    static final double WIDTH = 632;
    private static final double TOP = 30;
    private static final double ROW = 50;
    private static final double BOX = 12;
    private static final int MAX_BOXES = 18;
    private static final double QUEUE_X = 300;
    private static final double COUNT_W = 58;

    private SchedulerSvg() {
    }

    /** @param frames the frame of each step, in step order */
    static String draw(List<Frame> frames, int current, Labels labels) {
        int procs = frames.get(0).procs().size();
        double height = TOP + procs * ROW + 3 * 34 + 8;
        Svg svg = Svg.of("gmp-scheduler", WIDTH, height, labels.title(), labels.description());
        for (int i = 0; i < frames.size(); i++) {
            int step = i + 1;
            Frame frame = frames.get(i);
            svg.group("gmp-frame" + (step == current ? " is-current" : ""), step);
            svg.text(8, 18, labels.captions().get(i), "start", "gmp-caption");
            for (ProcFrame p : frame.procs()) {
                drawProc(svg, p, TOP + p.id() * ROW, labels);
            }
            double y = TOP + procs * ROW + 4;
            queue(svg, y, labels.global(), frame.global(), "gmp-g gmp-queued");
            queue(svg, y + 34, labels.inSyscall(), frame.inSyscall(), "gmp-m gmp-m-syscall");
            queue(svg, y + 68, labels.netpoll(), frame.netpoll(), "gmp-g gmp-parked");
            svg.text(WIDTH - 8, 18, String.format(labels.threads(), frame.threads(), frame.idleThreads()), "end", "gmp-threads");
            svg.end();
        }
        return svg.build();
    }

    private static void drawProc(Svg svg, ProcFrame p, double y, Labels labels) {
        String state = p.state().name().toLowerCase(java.util.Locale.ROOT);
        svg.group("gmp-proc gmp-state-" + state, 0);
        svg.rect(8, y + 6, 60, ROW - 12, "gmp-m");
        svg.text(38, y + ROW / 2 + 4, p.m() == 0 ? "—" : "M" + p.m(), "middle", "gmp-label");
        svg.line(68, y + ROW / 2, 80, y + ROW / 2, "gmp-link");
        svg.rect(80, y + 6, 56, ROW - 12, "gmp-p");
        svg.text(108, y + ROW / 2 + 4, "P" + p.id(), "middle", "gmp-label gmp-p-name");
        svg.rect(146, y + 6, 76, ROW - 12, p.g() == 0 ? "gmp-slot" : "gmp-g gmp-running");
        String running = p.g() != 0 ? "G" + p.g() : p.state() == ProcState.SYSCALL ? labels.syscall() : labels.idle();
        svg.text(184, y + ROW / 2 + 4, running, "middle", "gmp-label");
        svg.rect(230, y + 10, 62, ROW - 20, p.runnext() == 0 ? "gmp-slot" : "gmp-g gmp-runnext");
        svg.text(261, y + ROW / 2 + 4, p.runnext() == 0 ? "runnext" : "G" + p.runnext(), "middle", "gmp-small");
        boxes(svg, QUEUE_X, y + ROW / 2, p.local(), labels.local(), "gmp-g gmp-queued");
        svg.end();
    }

    private static void queue(Svg svg, double y, String label, int count, String cssClass) {
        svg.text(8, y + 20, label, "start", "gmp-row-label");
        boxes(svg, QUEUE_X, y + 16, count, "", cssClass);
    }

    private static void boxes(Svg svg, double x, double middle, int count, String label, String cssClass) {
        // the count first, so it stays in view when a phone shows only the left of the drawing
        String text = (label.isEmpty() ? "" : label + " ") + count;
        svg.text(x, middle + 4, text, "start", "gmp-count");
        int shown = Math.min(count, MAX_BOXES);
        for (int i = 0; i < shown; i++) {
            svg.rect(x + COUNT_W + i * (BOX + 3), middle - BOX / 2, BOX, BOX, cssClass);
        }
    }
}
