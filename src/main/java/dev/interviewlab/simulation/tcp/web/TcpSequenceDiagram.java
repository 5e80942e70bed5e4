package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.svg.Svg;
import dev.interviewlab.simulation.tcp.engine.LossCause;
import dev.interviewlab.simulation.tcp.engine.Segment;
import dev.interviewlab.simulation.tcp.engine.SegmentFlag;
import dev.interviewlab.simulation.tcp.engine.Side;
import dev.interviewlab.simulation.tcp.engine.TcpEvent;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpState;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a run as a sequence diagram: the client's lifeline on the left, the server's on the right,
 * one evenly spaced row per event (simulated times range from milliseconds to hours, so rows keep
 * every step readable and the time is written beside each), each segment an arrow from the row
 * that sent it to the row where it arrived, and each endpoint's state as a band along its lifeline.
 * Every shape of step i carries {@code data-step="i"} for the replay.
 */
final class TcpSequenceDiagram {

    /** The texts the diagram needs, already in the reader's language. */
    record Labels(String title, String description, String client, String server, String lost, String hostDown) {
    }

    static final double WIDTH = 860;
    static final double ROW = 36;
    private static final double TOP = 56;
    private static final double TIME_X = 8;
    private static final double CLIENT_X = 250;
    private static final double SERVER_X = 610;
    private static final double BAND = 8;

    private TcpSequenceDiagram() {
    }

    /** @param stepTexts what happens at each step, in the reader's language; step i at index i - 1 */
    static String draw(TcpRun run, Labels labels, List<String> stepTexts, int currentStep) {
        List<TcpEvent> events = run.events();
        double height = y(events.size() + 1);
        Svg svg = Svg.of("tcp-diagram", WIDTH, height, labels.title(), labels.description());
        svg.group("tcp-heading", 0)
                .text(CLIENT_X, 24, labels.client(), "middle", "tcp-endpoint")
                .text(SERVER_X, 24, labels.server(), "middle", "tcp-endpoint")
                .end();
        svg.group("tcp-lifelines", 0)
                .line(CLIENT_X, 32, CLIENT_X, height - 8, "tcp-lifeline")
                .line(SERVER_X, 32, SERVER_X, height - 8, "tcp-lifeline")
                .end();
        for (Side side : Side.values()) {
            drawStates(svg, events, side, currentStep, height);
        }
        Map<Integer, Integer> arrivalRow = new HashMap<>();
        for (TcpEvent event : events) {
            if (event.received() != null) {
                arrivalRow.putIfAbsent(event.received().number(), event.step());
            }
        }
        for (TcpEvent event : events) {
            svg.group("tcp-step " + replayClass(event.step(), currentStep), event.step());
            svg.tooltip(stepTexts.get(event.step() - 1));
            svg.text(TIME_X, y(event.step()) + 4, SimulationTime.format(event.time()), "start", "tcp-time");
            svg.circle(x(event.side()), y(event.step()), 4, event.unhandled() ? "tcp-event tcp-unhandled" : "tcp-event");
            if (event.sent() != null) {
                drawSegment(svg, event, arrivalRow.get(event.sent().number()), labels, height);
            }
            svg.end();
        }
        return svg.build();
    }

    private static void drawStates(Svg svg, List<TcpEvent> events, Side side, int currentStep, double height) {
        TcpState state = TcpState.CLOSED;
        int enteredAt = 0;
        for (TcpEvent event : events) {
            TcpState next = event.state(side);
            if (next != state) {
                drawBand(svg, side, state, enteredAt, y(enteredAt), y(event.step()), currentStep);
                state = next;
                enteredAt = event.step();
            }
        }
        drawBand(svg, side, state, enteredAt, y(enteredAt), height - 8, currentStep);
    }

    private static void drawBand(Svg svg, Side side, TcpState state, int step, double top, double bottom, int currentStep) {
        double x = x(side);
        boolean left = side == Side.CLIENT;
        svg.group("tcp-state " + (step == 0 ? "" : replayClass(step, currentStep)), step)
                .rect(x - BAND / 2, top, BAND, Math.max(bottom - top, 2), "tcp-band state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .text(left ? x - 10 : x + 10, top + 14, state.name(), left ? "end" : "start", "tcp-state-name")
                .end();
    }

    private static void drawSegment(Svg svg, TcpEvent event, Integer arrival, Labels labels, double height) {
        Segment segment = event.sent();
        double x1 = x(segment.from());
        double y1 = y(event.step());
        double x2;
        double y2;
        if (segment.lost()) {
            x2 = x1 + (x(segment.to()) - x1) * 0.45;
            y2 = y1 + ROW * 0.9;
        } else if (arrival != null) {
            x2 = x(segment.to());
            y2 = y(arrival);
        } else {
            // still in flight when the run stopped
            x2 = x1 + (x(segment.to()) - x1) * 0.6;
            y2 = Math.min(y1 + ROW, height - 8);
        }
        String css = "tcp-segment" + (segment.lost() ? " tcp-lost" : "") + (segment.has(SegmentFlag.RST) ? " tcp-rst" : "");
        svg.group(css, 0);
        svg.line(x1, y1, x2, y2, "tcp-arrow");
        if (segment.lost()) {
            svg.line(x2 - 5, y2 - 5, x2 + 5, y2 + 5, "tcp-cross").line(x2 - 5, y2 + 5, x2 + 5, y2 - 5, "tcp-cross");
            String why = segment.loss() == LossCause.HOST_DOWN ? labels.hostDown() : labels.lost();
            svg.text(x2 + (x2 > x1 ? 8 : -8), y2 + 4, why, x2 > x1 ? "start" : "end", "tcp-lost-label");
        } else {
            svg.path(arrowHead(x1, y1, x2, y2), "tcp-arrowhead");
        }
        double labelX = x1 + (x2 - x1) * 0.5;
        double labelY = y1 + (y2 - y1) * 0.5 - 5;
        svg.text(labelX, labelY, "#" + segment.number() + " " + segment.label(), "middle", "tcp-segment-label");
        svg.end();
    }

    private static String arrowHead(double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double baseX = x2 - ux * 9;
        double baseY = y2 - uy * 9;
        return "M" + num(x2) + " " + num(y2) + " L" + num(baseX - uy * 4) + " " + num(baseY + ux * 4) + " L"
                + num(baseX + uy * 4) + " " + num(baseY - ux * 4) + " Z";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String replayClass(int step, int currentStep) {
        return step == currentStep ? "is-current" : step < currentStep ? "is-past" : "is-future";
    }

    private static double x(Side side) {
        return side == Side.CLIENT ? CLIENT_X : SERVER_X;
    }

    private static double y(int row) {
        return TOP + row * ROW;
    }
}
