package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.EventKind;
import dev.interviewlab.simulation.cache.engine.SimulationEvent;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import dev.interviewlab.simulation.svg.Svg;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The stale read's interleaving as a sequence diagram: a lane per client involved, one for the
 * cache and one for the database; each step is an arrow (or a mark) in its own group carrying
 * {@code data-step}, so the replay highlights it.
 */
final class SequenceDiagram {

    private static final double LANE = 128;
    private static final double ROW = 30;
    private static final double HEAD = 44;
    private static final double MARGIN = 24;

    private SequenceDiagram() {
    }

    static String draw(StaleReadTimeline timeline, List<CacheResultView.Step> steps, String title, String description,
                       String cacheLabel, String databaseLabel, IntFunction<String> actor,
                       Function<SimulationEvent, String> shortText) {
        List<SimulationEvent> events = timeline.steps();
        TreeSet<Integer> clients = new TreeSet<>();
        events.stream().filter(e -> e.client() >= 0).forEach(e -> clients.add(e.client()));
        List<Integer> lanes = List.copyOf(clients);
        int cacheLane = lanes.size();
        int databaseLane = lanes.size() + 1;
        double width = 2 * MARGIN + LANE * (lanes.size() + 2);
        double height = HEAD + ROW * (events.size() + 1);
        Svg svg = Svg.of("stale-read-sequence", width, height, title, description);
        svg.group("seq-lanes", 0);
        for (int lane = 0; lane <= databaseLane; lane++) {
            double x = laneX(lane);
            String label = lane == cacheLane ? cacheLabel : lane == databaseLane ? databaseLabel : actor.apply(lanes.get(lane));
            svg.rect(x - LANE / 2 + 8, 8, LANE - 16, 24, lane >= cacheLane ? "seq-head seq-store" : "seq-head");
            svg.text(x, 25, label, "middle", "seq-head-text");
            svg.line(x, 32, x, height - 6, "seq-lifeline");
        }
        svg.end();
        for (int i = 0; i < events.size(); i++) {
            SimulationEvent e = events.get(i);
            CacheResultView.Step step = steps.get(i);
            double y = HEAD + ROW * (i + 0.5);
            String css = "seq-step " + step.state() + (e.stale() ? " is-stale" : "") + (e.kind() == EventKind.CRASH ? " is-crash" : "");
            svg.group(css, step.number()).tooltip(step.number() + ". " + step.text());
            int from = e.client() >= 0 ? lanes.indexOf(e.client()) : cacheLane;
            int to = targetLane(e.kind(), from, cacheLane, databaseLane);
            svg.text(MARGIN - 4, y + 4, Integer.toString(step.number()), "start", "seq-number");
            String label = shortText.apply(e);
            if (to == from) {
                svg.circle(laneX(from), y, 5, "seq-mark");
                svg.text(laneX(from) + 9, y + 4, label, "start", "seq-label");
            } else {
                double x1 = laneX(from);
                double x2 = laneX(to);
                double tip = x2 + (x2 > x1 ? -6 : 6);
                svg.line(x1, y, tip, y, "seq-arrow");
                svg.path("M" + num(x2) + " " + num(y) + " L" + num(tip) + " " + num(y - 4) + " L" + num(tip) + " " + num(y + 4) + " Z",
                        "seq-arrowhead");
                svg.text((x1 + x2) / 2, y - 5, label, "middle", "seq-label");
            }
            svg.end();
        }
        return svg.build();
    }

    private static int targetLane(EventKind kind, int from, int cacheLane, int databaseLane) {
        return switch (kind) {
            case DB_READ, DB_READ_NO_ROW, DB_WRITE, WRITTEN_BACK, HOT_KEY_REFRESHED -> databaseLane;
            case READ_RETURNED, SINGLE_FLIGHT_SHARED, BLOOM_REJECTED, CRASH, EVICTED, SECOND_DELETE -> from;
            default -> cacheLane;
        };
    }

    private static double laneX(int lane) {
        return MARGIN + LANE * lane + LANE / 2;
    }

    private static String num(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
