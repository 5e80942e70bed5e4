package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.loadbalancing.engine.LbEvent;
import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import dev.interviewlab.simulation.svg.Svg;

import java.util.List;

/**
 * The replay picture: the balancer on the left, each server's outstanding requests as a row of
 * boxes on the right, and an arrow from the balancer to the server of the step's request. One
 * frame per step; the stylesheet shows only the frame marked is-current (replay.js moves it).
 */
final class ReplayDiagram {

    static final double WIDTH = 560;
    private static final double ROW = 40;
    private static final double TOP = 34;
    private static final double SERVERS_X = 210;
    private static final double BOX = 14;
    private static final int MAX_BOXES = 16;

    /** @param captions a caption per step, in the reader's language */
    record Labels(String title, String description, String balancer, String down, List<String> captions) {
    }

    private ReplayDiagram() {
    }

    static String draw(List<LbEvent> trace, int servers, int current, Labels labels) {
        double height = TOP + servers * ROW + 8;
        Svg svg = Svg.of("lb-replay", WIDTH, height, labels.title(), labels.description());
        double middle = TOP + servers * ROW / 2;
        svg.group("lb-balancer", 0).rect(8, middle - 22, 96, 44, "lb-balancer-box")
                .text(56, middle + 5, labels.balancer(), "middle", "lb-balancer-label").end();
        boolean[] failed = new boolean[servers];
        boolean[] markedDown = new boolean[servers];
        for (LbEvent event : trace) {
            if (event.kind() == LbEvent.Kind.SERVER_FAILED) {
                failed[event.server()] = true;
            } else if (event.kind() == LbEvent.Kind.SERVER_MARKED_DOWN) {
                markedDown[event.server()] = true;
            }
            String state = event.step() == current ? "is-current" : event.step() < current ? "is-past" : "is-future";
            svg.group("lb-frame " + state, event.step());
            svg.text(8, 18, labels.captions().get(event.step() - 1), "start", "lb-caption");
            for (int s = 0; s < servers; s++) {
                drawServer(svg, s, event.outstanding().get(s), failed[s], markedDown[s], s == event.server(), labels);
            }
            if (event.kind().routing() && event.server() >= 0) {
                double y = TOP + event.server() * ROW + ROW / 2;
                String kind = event.kind() == LbEvent.Kind.STARTED || event.kind() == LbEvent.Kind.QUEUED ? "lb-arrow" : "lb-arrow lb-arrow-bad";
                svg.line(104, middle, SERVERS_X - 34, y, kind);
                svg.path("M" + (SERVERS_X - 34) + " " + (y - 5) + " L" + (SERVERS_X - 26) + " " + y + " L" + (SERVERS_X - 34) + " "
                        + (y + 5) + " Z", kind + " lb-arrowhead");
            }
            svg.end();
        }
        return svg.build();
    }

    private static void drawServer(Svg svg, int server, int outstanding, boolean failed, boolean markedDown, boolean concerned,
                                   Labels labels) {
        double y = TOP + server * ROW;
        String name = LbScenario.serverName(server);
        svg.rect(SERVERS_X - 24, y + 6, 24, ROW - 12, concerned ? "lb-server lb-server-concerned" : failed ? "lb-server lb-server-failed" : "lb-server");
        svg.text(SERVERS_X - 12, y + ROW / 2 + 5, name, "middle", "lb-server-name");
        for (int i = 0; i < Math.min(outstanding, MAX_BOXES); i++) {
            svg.rect(SERVERS_X + 6 + i * (BOX + 3), y + ROW / 2 - BOX / 2, BOX, BOX, "lb-request");
        }
        double after = SERVERS_X + 10 + Math.min(outstanding, MAX_BOXES) * (BOX + 3);
        String count = Integer.toString(outstanding);
        if (failed) {
            count += " · " + (markedDown ? labels.down() : "✕");
        }
        svg.text(after, y + ROW / 2 + 5, count, "start", failed ? "lb-count lb-count-failed" : "lb-count");
    }
}
