package dev.interviewlab.markdown.diagram;

import java.util.List;
import java.util.Locale;

/**
 * A parsed {@code diagram} block (see db/content/README.md, "Figures"): a header and either a
 * sequence body or a graph body. Immutable.
 */
public record Diagram(String id, Type type, Text title, Text desc, Link link,
                      List<Participant> participants, List<Step> steps,
                      List<Node> nodes, List<Edge> edges, List<Group> groups, List<Ring> rings) {

    public Diagram {
        participants = List.copyOf(participants);
        steps = List.copyOf(steps);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
        rings = List.copyOf(rings);
    }

    public enum Type { SEQUENCE, GRAPH }

    /** accent, warn or muted; {@link #PLAIN} when none is given. */
    public enum Style {
        PLAIN, ACCENT, WARN, MUTED;

        String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Shape { BOX, ROUND, CIRCLE, CYLINDER, RECORD, TEXT }

    /** solid {@code ->}, dashed {@code -->}, lost {@code -x}, both ends {@code <->}, no head {@code ---}. */
    public enum Line { SOLID, DASHED, LOST, BOTH, PLAIN }

    /** A label in both languages; {@code \n} already turned into line breaks. */
    public record Text(String en, String zh) {

        public String in(Locale language) {
            return language != null && "zh".equals(language.getLanguage()) ? zh : en;
        }
    }

    /** A site-relative link under the figure. */
    public record Link(String href, Text text) {
    }

    public record Participant(String id, Text label) {
    }

    /** One row of a sequence diagram. */
    public sealed interface Step permits Message, State, Note, Gap {
    }

    public record Message(String from, String to, Line line, Style style, Text label) implements Step {
    }

    public record State(List<String> on, Style style, Text label) implements Step {

        public State {
            on = List.copyOf(on);
        }
    }

    /** A note on one lifeline ({@code from == to}) or spanning from one to another. */
    public record Note(String from, String to, Style style, Text label) implements Step {
    }

    public record Gap(Text label) implements Step {
    }

    /** A graph node at grid position (col, row); ring nodes have their position computed already. */
    public record Node(String id, double col, double row, Shape shape, Style style, Text label) {
    }

    public record Edge(String from, String to, Line line, Style style, Text label) {
    }

    public record Group(String id, Style style, Text label, List<String> members) {

        public Group {
            members = List.copyOf(members);
        }
    }

    public record Ring(double col, double row, double radius) {
    }
}
