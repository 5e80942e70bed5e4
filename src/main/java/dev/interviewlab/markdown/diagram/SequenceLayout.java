package dev.interviewlab.markdown.diagram;

import dev.interviewlab.markdown.diagram.Diagram.Gap;
import dev.interviewlab.markdown.diagram.Diagram.Line;
import dev.interviewlab.markdown.diagram.Diagram.Message;
import dev.interviewlab.markdown.diagram.Diagram.Note;
import dev.interviewlab.markdown.diagram.Diagram.Participant;
import dev.interviewlab.markdown.diagram.Diagram.State;
import dev.interviewlab.markdown.diagram.Diagram.Step;
import dev.interviewlab.markdown.diagram.Diagram.Style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.interviewlab.markdown.diagram.SvgCanvas.BACK;
import static dev.interviewlab.markdown.diagram.SvgCanvas.FRONT;
import static dev.interviewlab.markdown.diagram.SvgCanvas.LINE_HEIGHT;
import static dev.interviewlab.markdown.diagram.SvgCanvas.MIDDLE;
import static dev.interviewlab.markdown.diagram.SvgCanvas.TOP;

/**
 * Draws a sequence diagram: lifelines left to right, one row per statement top to bottom. Lanes
 * are spaced so every message label fits between the lanes it joins.
 */
final class SequenceLayout {

    private static final double MIN_GAP = 130;
    private static final double SELF_LOOP = 30;

    private SequenceLayout() {
    }

    static void draw(Diagram diagram, Locale language, SvgCanvas svg) {
        List<Participant> participants = diagram.participants();
        Map<String, Integer> lane = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            lane.put(participants.get(i).id(), i);
        }
        int count = participants.size();
        double[] headerWidth = new double[count];
        double headerHeight = 0;
        for (int i = 0; i < count; i++) {
            String label = participants.get(i).label().in(language);
            headerWidth[i] = Math.max(TextWidth.of(label) + 24, 80);
            headerHeight = Math.max(headerHeight, TextWidth.lines(label).size() * LINE_HEIGHT + 14);
        }
        double[] gaps = new double[count - 1];
        for (int i = 0; i < count - 1; i++) {
            gaps[i] = Math.max(MIN_GAP, headerWidth[i] / 2 + headerWidth[i + 1] / 2 + 24);
        }
        // widen gaps so each label fits between its lanes, narrowest spans first
        record Need(int from, int to, double width) {
        }
        List<Need> needs = new ArrayList<>();
        double rightOverhang = 0;
        for (Step step : diagram.steps()) {
            if (step instanceof Message message) {
                int a = lane.get(message.from());
                int b = lane.get(message.to());
                double width = TextWidth.of(message.label().in(language));
                if (a == b) {
                    double room = SELF_LOOP + 10 + width + 16;
                    if (a < count - 1) {
                        needs.add(new Need(a, a + 1, room));
                    } else {
                        rightOverhang = Math.max(rightOverhang, room);
                    }
                } else {
                    needs.add(new Need(Math.min(a, b), Math.max(a, b), width + (message.line() == Line.LOST ? width + 40 : 36)));
                }
            } else if (step instanceof State state) {
                double width = TextWidth.of(state.label().in(language)) + 20;
                List<Integer> lanes = state.on().stream().map(lane::get).sorted().toList();
                for (int i = 1; i < lanes.size(); i++) {
                    needs.add(new Need(lanes.get(i - 1), lanes.get(i), width + 12));
                }
            }
        }
        needs.sort(Comparator.comparingInt((Need need) -> need.to() - need.from()).thenComparingInt(Need::from));
        for (Need need : needs) {
            double span = 0;
            for (int i = need.from(); i < need.to(); i++) {
                span += gaps[i];
            }
            if (span < need.width()) {
                double extra = (need.width() - span) / (need.to() - need.from());
                for (int i = need.from(); i < need.to(); i++) {
                    gaps[i] += extra;
                }
            }
        }
        double[] x = new double[count];
        for (int i = 1; i < count; i++) {
            x[i] = x[i - 1] + gaps[i - 1];
        }
        if (rightOverhang > 0) {
            svg.cover(x[count - 1], 0, x[count - 1] + rightOverhang, 0);
        }

        for (int i = 0; i < count; i++) {
            svg.rect(FRONT, x[i] - headerWidth[i] / 2, 0, headerWidth[i], headerHeight, 4, "dg-actor");
            svg.text(TOP, x[i], headerHeight / 2, participants.get(i).label().in(language), "middle", "dg-label");
        }
        double y = headerHeight + 14;
        for (Step step : diagram.steps()) {
            if (step instanceof Message message) {
                y = message(svg, message, x[lane.get(message.from())], x[lane.get(message.to())], y, language);
            } else if (step instanceof State state) {
                y = state(svg, state, lane, x, y, language);
            } else if (step instanceof Note note) {
                y = note(svg, note, x[lane.get(note.from())], x[lane.get(note.to())], y, language);
            } else if (step instanceof Gap gap) {
                y = gap(svg, gap, x[0] - headerWidth[0] / 2, x[count - 1] + headerWidth[count - 1] / 2, y, language);
            }
        }
        for (int i = 0; i < count; i++) {
            svg.line(BACK, x[i], headerHeight, x[i], y + 6, "dg-lifeline");
        }
    }

    private static double message(SvgCanvas svg, Message message, double from, double to, double top, Locale language) {
        String label = message.label().in(language);
        int lines = TextWidth.lines(label).size();
        String style = styleClass(message.style());
        String lineClass = "dg-msg" + (message.line() == Line.DASHED ? " dg-dashed" : "") + style;
        if (from == to) {
            double y = top + 6;
            double bottom = y + Math.max(18, lines * LINE_HEIGHT - 6);
            svg.path(MIDDLE, lineClass + " dg-open", "M", from, y, "L", from + SELF_LOOP, y, "L", from + SELF_LOOP, bottom, "L", from + 4, bottom);
            svg.cover(from, y, from + SELF_LOOP, bottom);
            svg.arrowhead(MIDDLE, from, bottom, -1, 0, "dg-head" + style);
            svg.text(TOP, from + SELF_LOOP + 8, (y + bottom) / 2, label, "start", "dg-label dg-halo");
            return bottom + 14;
        }
        double labelCenter = top + lines * LINE_HEIGHT / 2;
        double y = top + lines * LINE_HEIGHT + 6;
        double direction = Math.signum(to - from);
        double end = message.line() == Line.LOST ? from + (to - from) / 2 : to;
        svg.line(MIDDLE, from, y, end - (message.line() == Line.LOST ? 0 : direction * 4), y, lineClass);
        if (message.line() == Line.LOST) {
            svg.cross(MIDDLE, end, y, "dg-cross" + style);
            svg.text(TOP, (from + end) / 2, labelCenter, label, "middle", "dg-label dg-halo");
        } else {
            svg.arrowhead(MIDDLE, to, y, direction, 0, "dg-head" + style);
            svg.text(TOP, (from + to) / 2, labelCenter, label, "middle", "dg-label dg-halo");
        }
        return y + 16;
    }

    private static double state(SvgCanvas svg, State state, Map<String, Integer> lane, double[] x, double top, Locale language) {
        String label = state.label().in(language);
        double width = TextWidth.of(label) + 20;
        double height = TextWidth.lines(label).size() * LINE_HEIGHT + 8;
        for (String id : state.on()) {
            double cx = x[lane.get(id)];
            svg.rect(FRONT, cx - width / 2, top, width, height, Math.min(height / 2, 12), "dg-state" + styleClass(state.style()));
            svg.text(TOP, cx, top + height / 2, label, "middle", "dg-label");
        }
        return top + height + 12;
    }

    private static double note(SvgCanvas svg, Note note, double from, double to, double top, Locale language) {
        String label = note.label().in(language);
        double left = Math.min(from, to);
        double right = Math.max(from, to);
        double width = Math.max(TextWidth.of(label) + 20, right - left + (from == to ? 0 : 40));
        double height = TextWidth.lines(label).size() * LINE_HEIGHT + 10;
        double cx = (left + right) / 2;
        svg.rect(FRONT, cx - width / 2, top, width, height, 0, "dg-note" + styleClass(note.style()));
        svg.text(TOP, cx, top + height / 2, label, "middle", "dg-label");
        return top + height + 12;
    }

    private static double gap(SvgCanvas svg, Gap gap, double left, double right, double top, Locale language) {
        String label = gap.label().in(language);
        double height = TextWidth.lines(label).size() * LINE_HEIGHT + 8;
        double y = top + height / 2;
        svg.line(FRONT, left, y, right, y, "dg-gap");
        svg.text(TOP, (left + right) / 2, y, label, "middle", "dg-label dg-gap-label dg-halo");
        return top + height + 12;
    }

    static String styleClass(Style style) {
        return style == Style.PLAIN ? "" : " dg-" + style.css();
    }
}
