package dev.interviewlab.markdown.diagram;

import dev.interviewlab.markdown.diagram.Diagram.Edge;
import dev.interviewlab.markdown.diagram.Diagram.Group;
import dev.interviewlab.markdown.diagram.Diagram.Line;
import dev.interviewlab.markdown.diagram.Diagram.Node;
import dev.interviewlab.markdown.diagram.Diagram.Ring;
import dev.interviewlab.markdown.diagram.Diagram.Shape;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.interviewlab.markdown.diagram.SequenceLayout.styleClass;
import static dev.interviewlab.markdown.diagram.SvgCanvas.BACK;
import static dev.interviewlab.markdown.diagram.SvgCanvas.FRONT;
import static dev.interviewlab.markdown.diagram.SvgCanvas.LINE_HEIGHT;
import static dev.interviewlab.markdown.diagram.SvgCanvas.MIDDLE;
import static dev.interviewlab.markdown.diagram.SvgCanvas.TOP;

/**
 * Draws a graph: nodes where the author put them on the grid, the grid's pitch chosen so that
 * neighbouring nodes (and the labels of the edges between them) do not overlap; edges run between
 * node borders; a pair of opposite edges is drawn as two parallel lines.
 */
final class GraphLayout {

    private static final double MIN_PITCH_X = 110;
    private static final double MIN_PITCH_Y = 80;
    private static final double PARALLEL = 7;

    private GraphLayout() {
    }

    /** A node's box in pixels: centre and half sizes; circles use {@code r == hw == hh}. */
    private record Box(Node node, String text, double cx, double cy, double hw, double hh) {
    }

    static void draw(Diagram diagram, Locale language, SvgCanvas svg) {
        Map<String, double[]> sizes = new HashMap<>();
        for (Node node : diagram.nodes()) {
            sizes.put(node.id(), size(node, node.label().in(language)));
        }
        double pitchX = MIN_PITCH_X;
        double pitchY = MIN_PITCH_Y;
        List<Node> nodes = diagram.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                double dc = Math.abs(a.col() - b.col());
                double dr = Math.abs(a.row() - b.row());
                double[] sa = sizes.get(a.id());
                double[] sb = sizes.get(b.id());
                if (dr < 1 && dc > 0.01) {
                    double label = labelBetween(diagram, a, b, language);
                    pitchX = Math.max(pitchX, (sa[0] / 2 + sb[0] / 2 + 28 + (label > 0 ? label + 16 : 0)) / dc);
                }
                if (dc < 1 && dr > 0.01) {
                    double label = dc < 0.01 && labelBetween(diagram, a, b, language) > 0 ? LINE_HEIGHT : 0;
                    pitchY = Math.max(pitchY, (sa[1] / 2 + sb[1] / 2 + 40 + label) / dr);
                }
            }
        }
        if (!diagram.rings().isEmpty()) {
            pitchX = pitchY = Math.max(pitchX, pitchY);
        }
        Map<String, Box> boxes = new HashMap<>();
        for (Node node : nodes) {
            double[] size = sizes.get(node.id());
            boxes.put(node.id(), new Box(node, node.label().in(language), node.col() * pitchX, node.row() * pitchY,
                    size[0] / 2, size[1] / 2));
        }
        for (Ring ring : diagram.rings()) {
            svg.circle(BACK, ring.col() * pitchX, ring.row() * pitchY, ring.radius() * pitchX, "dg-ring");
        }
        for (Group group : diagram.groups()) {
            group(svg, group, boxes, language);
        }
        Set<String> directed = new HashSet<>();
        for (Edge edge : diagram.edges()) {
            directed.add(edge.from() + "\u0000" + edge.to());
        }
        for (Edge edge : diagram.edges()) {
            Box from = boxes.get(edge.from());
            Box to = boxes.get(edge.to());
            if (from == to) {
                selfLoop(svg, edge, from, language);
            } else {
                boolean paired = directed.contains(edge.to() + "\u0000" + edge.from());
                edge(svg, edge, from, to, paired ? PARALLEL : 0, language);
            }
        }
        for (Node node : nodes) {
            node(svg, boxes.get(node.id()));
        }
    }

    /** Width and height of a node's shape, from its label. */
    private static double[] size(Node node, String label) {
        double textWidth = TextWidth.of(label);
        double textHeight = TextWidth.lines(label).size() * LINE_HEIGHT;
        return switch (node.shape()) {
            case CIRCLE -> {
                double r = Math.max(22, Math.hypot(textWidth / 2, textHeight / 2) + 4);
                yield new double[]{2 * r, 2 * r};
            }
            case CYLINDER -> new double[]{Math.max(textWidth + 28, 56), textHeight + 30};
            case RECORD -> {
                double width = 0;
                double lines = 1;
                for (String field : fields(label)) {
                    width += Math.max(TextWidth.of(field) + 20, 36);
                    lines = Math.max(lines, TextWidth.lines(field).size());
                }
                yield new double[]{width, lines * LINE_HEIGHT + 14};
            }
            case TEXT -> new double[]{textWidth + 8, textHeight + 4};
            default -> new double[]{Math.max(textWidth + 24, 44), textHeight + 14};
        };
    }

    private static List<String> fields(String label) {
        return List.of(label.split(" ; ", -1));
    }

    private static double labelBetween(Diagram diagram, Node a, Node b, Locale language) {
        double widest = 0;
        for (Edge edge : diagram.edges()) {
            if (edge.from().equals(a.id()) && edge.to().equals(b.id()) || edge.from().equals(b.id()) && edge.to().equals(a.id())) {
                widest = Math.max(widest, TextWidth.of(edge.label().in(language)));
            }
        }
        return widest;
    }

    private static void group(SvgCanvas svg, Group group, Map<String, Box> boxes, Locale language) {
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (String member : group.members()) {
            Box box = boxes.get(member);
            left = Math.min(left, box.cx() - box.hw());
            right = Math.max(right, box.cx() + box.hw());
            top = Math.min(top, box.cy() - box.hh());
            bottom = Math.max(bottom, box.cy() + box.hh());
        }
        String label = group.label().in(language);
        double titleHeight = TextWidth.lines(label).size() * LINE_HEIGHT + 4;
        left -= 14;
        right = Math.max(right + 14, left + TextWidth.of(label) + 20);
        top -= 12 + titleHeight;
        bottom += 14;
        svg.rect(BACK, left, top, right - left, bottom - top, 8, "dg-group" + styleClass(group.style()));
        svg.text(BACK, left + 10, top + 4 + titleHeight / 2, label, "start", "dg-label dg-group-label");
    }

    private static void edge(SvgCanvas svg, Edge edge, Box from, Box to, double offset, Locale language) {
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        // the normal to the right of the direction: a reverse edge lies on the other side
        double nx = -uy;
        double ny = ux;
        double[] start = border(from, ux, uy, nx * offset, ny * offset);
        double[] end = border(to, -ux, -uy, nx * offset, ny * offset);
        String style = styleClass(edge.style());
        String lineClass = "dg-edge" + (edge.line() == Line.DASHED ? " dg-dashed" : "") + style;
        boolean headAtEnd = edge.line() != Line.PLAIN;
        boolean headAtStart = edge.line() == Line.BOTH;
        svg.line(MIDDLE, start[0] + (headAtStart ? ux * 4 : 0), start[1] + (headAtStart ? uy * 4 : 0),
                end[0] - (headAtEnd ? ux * 4 : 0), end[1] - (headAtEnd ? uy * 4 : 0), lineClass);
        if (headAtEnd) {
            svg.arrowhead(MIDDLE, end[0], end[1], ux, uy, "dg-head" + style);
        }
        if (headAtStart) {
            svg.arrowhead(MIDDLE, start[0], start[1], -ux, -uy, "dg-head" + style);
        }
        String label = edge.label().in(language);
        if (label.isEmpty()) {
            return;
        }
        double mx = (start[0] + end[0]) / 2;
        double my = (start[1] + end[1]) / 2;
        double height = TextWidth.lines(label).size() * LINE_HEIGHT;
        // beside the line on the side a paired edge was moved to; otherwise above it or right of it
        if (Math.abs(dx) >= Math.abs(dy)) {
            double below = offset > 0 ? Math.signum(ny) : -1;
            svg.text(TOP, mx, my + below * (height / 2 + 4), label, "middle", "dg-label dg-edge-label dg-halo");
        } else {
            double right = offset > 0 ? Math.signum(nx) : 1;
            svg.text(TOP, mx + right * 7, my, label, right > 0 ? "start" : "end", "dg-label dg-edge-label dg-halo");
        }
    }

    /** A loop out of the node's top right and back into its right side, labelled beside it. */
    private static void selfLoop(SvgCanvas svg, Edge edge, Box box, Locale language) {
        double[] start = border(box, 0.45, -1, 0, 0);
        double[] end = border(box, 1, -0.3, 0, 0);
        double reach = 34;
        double c1x = start[0] + 0.25 * reach;
        double c1y = start[1] - reach;
        double c2x = end[0] + reach;
        double c2y = end[1] - 0.25 * reach;
        String style = styleClass(edge.style());
        svg.path(MIDDLE, "dg-edge dg-open" + (edge.line() == Line.DASHED ? " dg-dashed" : "") + style,
                "M", start[0], start[1], "C", c1x, c1y, c2x, c2y, end[0] + 3, end[1]);
        svg.cover(start[0], start[1] - reach, end[0] + reach, end[1]);
        if (edge.line() != Line.PLAIN) {
            svg.arrowhead(MIDDLE, end[0], end[1], end[0] - c2x, end[1] - c2y, "dg-head" + style);
        }
        String label = edge.label().in(language);
        if (!label.isEmpty()) {
            svg.text(TOP, c2x - 6, start[1] - reach * 0.75 - TextWidth.lines(label).size() * LINE_HEIGHT / 2, label,
                    "start", "dg-label dg-edge-label dg-halo");
        }
    }

    /**
     * Where a ray from the box's centre (moved by {@code shiftX, shiftY}) in direction (ux, uy)
     * leaves the node's outline.
     */
    private static double[] border(Box box, double ux, double uy, double shiftX, double shiftY) {
        double length = Math.hypot(ux, uy);
        ux /= length;
        uy /= length;
        double cx = box.cx() + shiftX;
        double cy = box.cy() + shiftY;
        if (box.node().shape() == Shape.CIRCLE) {
            double r = box.hw();
            double shift = Math.hypot(shiftX, shiftY);
            double along = Math.sqrt(Math.max(0, r * r - shift * shift));
            return new double[]{cx + ux * along, cy + uy * along};
        }
        double tx = ux == 0 ? Double.POSITIVE_INFINITY : box.hw() / Math.abs(ux);
        double ty = uy == 0 ? Double.POSITIVE_INFINITY : box.hh() / Math.abs(uy);
        double t = Math.min(tx, ty);
        return new double[]{cx + ux * t, cy + uy * t};
    }

    private static void node(SvgCanvas svg, Box box) {
        Node node = box.node();
        String css = "dg-node dg-" + node.shape().name().toLowerCase(Locale.ROOT) + styleClass(node.style());
        double left = box.cx() - box.hw();
        double top = box.cy() - box.hh();
        double width = 2 * box.hw();
        double height = 2 * box.hh();
        switch (node.shape()) {
            case BOX -> svg.rect(FRONT, left, top, width, height, 3, css);
            case ROUND -> svg.rect(FRONT, left, top, width, height, Math.min(box.hh(), 14), css);
            case CIRCLE -> svg.circle(FRONT, box.cx(), box.cy(), box.hw(), css);
            case TEXT -> svg.cover(left, top, left + width, top + height);
            case CYLINDER -> {
                double ry = 6;
                double right = left + width;
                double bottom = top + height;
                svg.path(FRONT, css, "M", left, top + ry, "L", left, bottom - ry, "A", box.hw(), ry, 0, 0, 0, right, bottom - ry,
                        "L", right, top + ry, "A", box.hw(), ry, 0, 0, 0, left, top + ry, "Z");
                svg.ellipse(FRONT, box.cx(), top + ry, box.hw(), ry, css);
                svg.cover(left, top, right, bottom);
                svg.text(TOP, box.cx(), box.cy() + ry / 2, box.text(), "middle", "dg-label");
                return;
            }
            case RECORD -> {
                svg.rect(FRONT, left, top, width, height, 0, css);
                double x = left;
                List<String> fields = fields(box.text());
                for (int i = 0; i < fields.size(); i++) {
                    double cell = Math.max(TextWidth.of(fields.get(i)) + 20, 36);
                    svg.text(TOP, x + cell / 2, box.cy(), fields.get(i), "middle", "dg-label");
                    x += cell;
                    if (i < fields.size() - 1) {
                        svg.line(FRONT, x, top, x, top + height, "dg-cell");
                    }
                }
                return;
            }
        }
        svg.text(TOP, box.cx(), box.cy(), box.text(), "middle", "dg-label");
    }
}
