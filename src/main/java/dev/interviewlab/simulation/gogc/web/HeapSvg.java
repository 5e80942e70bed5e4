package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.gogc.engine.GcEvent;
import dev.interviewlab.simulation.gogc.engine.HeapSnapshot;
import dev.interviewlab.simulation.svg.Svg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the heap after every step as one SVG with a group per step ({@code data-step}), so the page
 * shows the current one and replay.js switches between them. Roots on the left, objects in columns by
 * their distance from the roots; positions stay put for the whole run. Colour is never the only cue:
 * each node carries the letter W, G or B, grey nodes are dashed, and freed ones are crossed out.
 */
final class HeapSvg {

    /** Localised words the drawing uses. */
    record Labels(String title, String description, String freed, String lost, String stack, String globals) {
    }

    private static final double ROOT_X = 8;
    private static final double ROOT_W = 104;
    private static final double SLOT_H = 18;
    private static final double ROOT_HEADER = 22;
    private static final double COLUMN_X = 170;
    private static final double COLUMN_W = 120;
    private static final double NODE_W = 64;
    private static final double NODE_H = 42;
    private static final double ROW_H = 68;
    private static final double TOP = 12;

    private HeapSvg() {
    }

    static String draw(List<GcEvent> events, int current, Labels labels) {
        HeapSnapshot first = events.get(0).after();
        Map<String, double[]> centres = place(events);
        List<double[]> rootBoxes = new ArrayList<>();
        double y = TOP;
        for (HeapSnapshot.RootState root : first.roots()) {
            int slots = Math.max(1, slotCount(events, root.name()));
            double height = ROOT_HEADER + slots * SLOT_H + 6;
            rootBoxes.add(new double[]{y, height});
            y += height + 12;
        }
        double maxX = ROOT_X + ROOT_W;
        double maxY = y;
        for (double[] c : centres.values()) {
            maxX = Math.max(maxX, c[0] + NODE_W / 2 + 24);
            maxY = Math.max(maxY, c[1] + NODE_H / 2 + 40);
        }
        Svg svg = Svg.of("gogc-heap", Math.ceil(maxX), Math.ceil(maxY), labels.title(), labels.description());
        for (GcEvent event : events) {
            svg.group("gogc-frame" + (event.number() == current ? " is-current" : ""), event.number());
            drawFrame(svg, event.after(), events, centres, rootBoxes, labels);
            svg.end();
        }
        return svg.build();
    }

    private static void drawFrame(Svg svg, HeapSnapshot snapshot, List<GcEvent> events, Map<String, double[]> centres,
                                  List<double[]> rootBoxes, Labels labels) {
        for (int r = 0; r < snapshot.roots().size(); r++) {
            HeapSnapshot.RootState root = snapshot.roots().get(r);
            double top = rootBoxes.get(r)[0];
            double height = rootBoxes.get(r)[1];
            svg.group("gogc-root gogc-" + root.colour().key(), 0);
            svg.rect(ROOT_X, top, ROOT_W, height, "gogc-box");
            String header = (root.stack() ? root.name() + " " + labels.stack() : labels.globals()) + " · " + root.colour().letter();
            svg.text(ROOT_X + 6, top + 15, header, "start", "gogc-root-name");
            List<String> slotNames = slotNames(events, root.name());
            for (int s = 0; s < slotNames.size(); s++) {
                double slotY = top + ROOT_HEADER + s * SLOT_H + 12;
                svg.text(ROOT_X + 10, slotY, slotNames.get(s), "start", "gogc-slot");
                for (HeapSnapshot.Pointer pointer : root.pointers()) {
                    if (pointer.slot().equals(slotNames.get(s)) && centres.containsKey(pointer.target())) {
                        rootArrow(svg, ROOT_X + ROOT_W, slotY - 4, centres.get(pointer.target()));
                    }
                }
            }
            svg.end();
        }
        for (HeapSnapshot.ObjectState object : snapshot.objects()) {
            if (!object.allocated() && !object.freed()) {
                continue;
            }
            double[] c = centres.get(object.name());
            for (HeapSnapshot.Pointer pointer : object.pointers()) {
                if (pointer.target().equals(object.name())) {
                    svg.path("M" + Svg0.n(c[0] - 12) + " " + Svg0.n(c[1] - NODE_H / 2) + " C" + Svg0.n(c[0] - 30) + " "
                            + Svg0.n(c[1] - NODE_H - 10) + " " + Svg0.n(c[0] + 30) + " " + Svg0.n(c[1] - NODE_H - 10) + " "
                            + Svg0.n(c[0] + 12) + " " + Svg0.n(c[1] - NODE_H / 2), "gogc-edge");
                    svg.text(c[0], c[1] - NODE_H - 4, pointer.slot(), "middle", "gogc-field");
                } else {
                    arrow(svg, c[0] + NODE_W / 2, c[1], centres.get(pointer.target()), pointer.slot());
                }
            }
        }
        for (HeapSnapshot.ObjectState object : snapshot.objects()) {
            if (!object.allocated() && !object.freed()) {
                continue;
            }
            double[] c = centres.get(object.name());
            boolean lost = object.freed() && object.reachable();
            String css = "gogc-object gogc-" + object.colour().key() + (object.freed() ? " gogc-freed" : "") + (lost ? " gogc-lost" : "");
            svg.group(css, 0);
            svg.rect(c[0] - NODE_W / 2, c[1] - NODE_H / 2, NODE_W, NODE_H, "gogc-box");
            svg.text(c[0], c[1] - 3, object.name(), "middle", "gogc-name");
            String mark = object.freed() ? (lost ? labels.lost() : labels.freed()) : String.valueOf(object.colour().letter());
            svg.text(c[0], c[1] + 14, mark, "middle", "gogc-letter");
            if (object.freed()) {
                svg.line(c[0] - NODE_W / 2, c[1] + NODE_H / 2, c[0] + NODE_W / 2, c[1] - NODE_H / 2, "gogc-cross");
            }
            svg.end();
        }
    }

    private static void arrow(Svg svg, double x1, double y1, double[] centre, String label) {
        double dx = centre[0] - x1;
        double dy = centre[1] - y1;
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double t = Math.min(Math.abs(dx) < 1e-9 ? Double.MAX_VALUE : (NODE_W / 2) / Math.abs(dx),
                Math.abs(dy) < 1e-9 ? Double.MAX_VALUE : (NODE_H / 2) / Math.abs(dy));
        double x2 = centre[0] - dx * t;
        double y2 = centre[1] - dy * t;
        svg.line(x1, y1, x2, y2, "gogc-edge");
        double ux = dx / length;
        double uy = dy / length;
        double size = 8;
        String head = "M" + Svg0.n(x2) + " " + Svg0.n(y2) + " L" + Svg0.n(x2 - ux * size - uy * size / 2) + " "
                + Svg0.n(y2 - uy * size + ux * size / 2) + " L" + Svg0.n(x2 - ux * size + uy * size / 2) + " "
                + Svg0.n(y2 - uy * size - ux * size / 2) + " Z";
        svg.path(head, "gogc-head");
        if (label != null) {
            svg.text((x1 + x2) / 2, (y1 + y2) / 2 - 4, label, "middle", "gogc-field");
        }
    }

    /** A root's pointer: dashed and bowed downwards, so it is told apart from heap pointers it crosses. */
    private static void rootArrow(Svg svg, double x1, double y1, double[] centre) {
        double targetX = centre[0] - NODE_W / 2;
        double targetY = centre[1] + NODE_H / 4;
        double controlX = (x1 + targetX) / 2;
        double controlY = Math.max(y1, targetY) + 18 + 0.12 * (targetX - x1);
        svg.path("M" + Svg0.n(x1) + " " + Svg0.n(y1) + " Q" + Svg0.n(controlX) + " " + Svg0.n(controlY) + " "
                + Svg0.n(targetX) + " " + Svg0.n(targetY), "gogc-edge gogc-root-edge");
        double dx = targetX - controlX;
        double dy = targetY - controlY;
        double length = Math.hypot(dx, dy);
        double size = 8;
        double ux = dx / length;
        double uy = dy / length;
        svg.path("M" + Svg0.n(targetX) + " " + Svg0.n(targetY) + " L" + Svg0.n(targetX - ux * size - uy * size / 2) + " "
                + Svg0.n(targetY - uy * size + ux * size / 2) + " L" + Svg0.n(targetX - ux * size + uy * size / 2) + " "
                + Svg0.n(targetY - uy * size - ux * size / 2) + " Z", "gogc-head");
    }

    /**
     * Columns by breadth-first distance from the roots as marking starts, over the pointers the heap had
     * then; objects reached only later go by the pointers they got, the rest into a last column.
     */
    private static Map<String, double[]> place(List<GcEvent> events) {
        HeapSnapshot first = events.get(0).after();
        List<String> objects = new ArrayList<>();
        Map<String, List<String>> initial = new LinkedHashMap<>();
        Map<String, List<String>> later = new LinkedHashMap<>();
        for (HeapSnapshot.ObjectState object : first.objects()) {
            List<String> out = initial.computeIfAbsent(object.name(), k -> new ArrayList<>());
            object.pointers().forEach(p -> addOnce(out, p.target()));
        }
        for (GcEvent event : events) {
            for (HeapSnapshot.ObjectState object : event.after().objects()) {
                addOnce(objects, object.name());
                List<String> out = later.computeIfAbsent(object.name(), k -> new ArrayList<>());
                object.pointers().forEach(p -> addOnce(out, p.target()));
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (HeapSnapshot.RootState root : first.roots()) {
            for (HeapSnapshot.Pointer pointer : root.pointers()) {
                if (depth.putIfAbsent(pointer.target(), 0) == null) {
                    todo.add(pointer.target());
                }
            }
        }
        spread(depth, todo, initial);
        List<String> reached = new ArrayList<>(depth.keySet());
        todo.addAll(reached);
        spread(depth, todo, later);
        int last = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Map<Integer, Integer> rows = new HashMap<>();
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (String name : objects) {
            int column = depth.getOrDefault(name, last);
            int row = rows.merge(column, 1, Integer::sum) - 1;
            centres.put(name, new double[]{COLUMN_X + column * COLUMN_W + NODE_W / 2,
                    TOP + NODE_H + 10 + row * ROW_H + (column % 2) * 24});
        }
        return centres;
    }

    private static void spread(Map<String, Integer> depth, Deque<String> todo, Map<String, List<String>> edges) {
        while (!todo.isEmpty()) {
            String name = todo.poll();
            for (String next : edges.getOrDefault(name, List.of())) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(name) + 1);
                    todo.add(next);
                }
            }
        }
    }

    private static List<String> slotNames(List<GcEvent> events, String root) {
        List<String> names = new ArrayList<>();
        for (GcEvent event : events) {
            for (HeapSnapshot.RootState state : event.after().roots()) {
                if (state.name().equals(root)) {
                    state.pointers().forEach(p -> addOnce(names, p.slot()));
                }
            }
        }
        return names;
    }

    private static int slotCount(List<GcEvent> events, String root) {
        return slotNames(events, root).size();
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** Numbers for path data, as the Svg writer prints them. */
    private static final class Svg0 {
        static String n(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
        }
    }

}
