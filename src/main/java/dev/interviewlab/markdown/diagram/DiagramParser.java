package dev.interviewlab.markdown.diagram;

import dev.interviewlab.markdown.diagram.Diagram.Edge;
import dev.interviewlab.markdown.diagram.Diagram.Gap;
import dev.interviewlab.markdown.diagram.Diagram.Group;
import dev.interviewlab.markdown.diagram.Diagram.Line;
import dev.interviewlab.markdown.diagram.Diagram.Link;
import dev.interviewlab.markdown.diagram.Diagram.Message;
import dev.interviewlab.markdown.diagram.Diagram.Node;
import dev.interviewlab.markdown.diagram.Diagram.Note;
import dev.interviewlab.markdown.diagram.Diagram.Participant;
import dev.interviewlab.markdown.diagram.Diagram.Ring;
import dev.interviewlab.markdown.diagram.Diagram.Shape;
import dev.interviewlab.markdown.diagram.Diagram.State;
import dev.interviewlab.markdown.diagram.Diagram.Step;
import dev.interviewlab.markdown.diagram.Diagram.Style;
import dev.interviewlab.markdown.diagram.Diagram.Text;
import dev.interviewlab.markdown.diagram.Diagram.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a {@code diagram} block, line by line. Every problem is a
 * {@link DiagramException} naming the line. Stateless and thread-safe.
 */
public final class DiagramParser {

    public static final int MAX_NODES = 60;
    public static final int MAX_STATEMENTS = 100;
    public static final int MIN_PARTICIPANTS = 2;
    public static final int MAX_PARTICIPANTS = 6;
    public static final int MAX_LABEL = 160;
    public static final int MAX_COORDINATE = 30;
    /** Lines of a block, comments included; far more than the statements allowed. */
    public static final int MAX_LINES = 400;

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern HEADER = Pattern.compile("(id|type|title|desc|link):(.*)");
    private static final String N = "[A-Za-z0-9_-]+";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern PARTICIPANT = Pattern.compile("participant\\s+(" + N + ")\\s*:(.*)");
    private static final Pattern MESSAGE = Pattern.compile("(" + N + ")\\s*(-->|->|-x)\\s*(" + N + ")((?:\\s+" + N + ")*)\\s*:(.*)");
    private static final Pattern STATE = Pattern.compile("state\\s+(" + N + "(?:\\s*,\\s*" + N + ")*)((?:\\s+" + N + ")?)\\s*:(.*)");
    private static final Pattern NOTE = Pattern.compile("note\\s+(" + N + ")(?:\\.\\.(" + N + "))?((?:\\s+" + N + ")?)\\s*:(.*)");
    private static final Pattern GAP = Pattern.compile("gap\\s*:(.*)");
    private static final Pattern NODE = Pattern.compile("node\\s+(" + N + ")\\s+at\\s+" + NUM + "\\s*,\\s*" + NUM + "((?:\\s+" + N + ")*)\\s*:(.*)");
    private static final Pattern RING_NODE = Pattern.compile("node\\s+(" + N + ")\\s+on\\s+ring\\s+" + NUM + "((?:\\s+" + N + ")*)\\s*:(.*)");
    private static final Pattern EDGE = Pattern.compile("(" + N + ")\\s*(<->|-->|---|->)\\s*(" + N + ")((?:\\s+" + N + ")*)\\s*(?::(.*))?");
    private static final Pattern GROUP = Pattern.compile("group\\s+(" + N + ")((?:\\s+" + N + ")?)\\s*:(.*?)=([^=]*)");
    private static final Pattern RING = Pattern.compile("ring\\s+at\\s+" + NUM + "\\s*,\\s*" + NUM + "\\s+radius\\s+" + NUM);

    /**
     * @param source    the block's text (between the fences)
     * @param firstLine the line number of the block's first line in the surrounding document
     */
    public Diagram parse(String source, int firstLine) {
        return new Reader(firstLine).read(source);
    }

    private static final class Reader {

        private final int firstLine;
        private int line;
        private final Map<String, String> header = new HashMap<>();
        private final Map<String, Integer> headerLines = new HashMap<>();
        private boolean inBody;
        private Type type;
        private int statements;
        private final Map<String, Participant> participants = new LinkedHashMap<>();
        private final List<Step> steps = new ArrayList<>();
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private final Set<String> groupIds = new LinkedHashSet<>();
        private final List<Ring> rings = new ArrayList<>();

        Reader(int firstLine) {
            this.firstLine = firstLine;
        }

        Diagram read(String source) {
            String[] lines = source.replace("\r\n", "\n").split("\n", -1);
            if (lines.length > MAX_LINES) {
                throw new DiagramException(firstLine + MAX_LINES, "tooManyLines", MAX_LINES);
            }
            for (int i = 0; i < lines.length; i++) {
                line = firstLine + i;
                String text = lines[i].strip();
                if (text.isEmpty() || text.startsWith("%%")) {
                    continue;
                }
                Matcher headerLine = HEADER.matcher(text);
                if (!inBody && headerLine.matches()) {
                    String key = headerLine.group(1);
                    if (header.containsKey(key)) {
                        throw error("duplicateHeader", key);
                    }
                    header.put(key, headerLine.group(2).strip());
                    headerLines.put(key, line);
                    if (key.equals("type")) {
                        type = switch (headerLine.group(2).strip()) {
                            case "sequence" -> Type.SEQUENCE;
                            case "graph" -> Type.GRAPH;
                            default -> throw error("type", headerLine.group(2).strip());
                        };
                    }
                    continue;
                }
                if (headerLine.matches()) {
                    throw error("headerAfterBody", headerLine.group(1));
                }
                if (!inBody) {
                    requireHeader();
                    inBody = true;
                }
                if (type == Type.SEQUENCE) {
                    sequenceStatement(text);
                } else {
                    graphStatement(text);
                }
            }
            line = firstLine;
            if (!inBody) {
                requireHeader();
            }
            line = firstLine + lines.length - 1;
            String id = header.get("id");
            Text title = label(header.get("title"), headerLines.get("title"));
            Text desc = label(header.get("desc"), headerLines.get("desc"));
            Link link = header.containsKey("link") ? link(header.get("link"), headerLines.get("link")) : null;
            if (type == Type.SEQUENCE) {
                if (participants.size() < MIN_PARTICIPANTS) {
                    throw error("fewParticipants", MIN_PARTICIPANTS);
                }
                if (steps.isEmpty()) {
                    throw error("emptyBody");
                }
            } else if (nodes.isEmpty()) {
                throw error("emptyBody");
            }
            return new Diagram(id, type, title, desc, link, List.copyOf(participants.values()), steps,
                    List.copyOf(nodes.values()), edges, groups, rings);
        }

        private void requireHeader() {
            for (String key : List.of("id", "type", "title", "desc")) {
                if (!header.containsKey(key) || header.get(key).isEmpty()) {
                    line = headerLines.getOrDefault(key, firstLine);
                    throw error("missingHeader", key);
                }
            }
            int idLine = line;
            line = headerLines.get("id");
            if (!ID.matcher(header.get("id")).matches() || header.get("id").length() > 60) {
                throw error("id", header.get("id"));
            }
            line = idLine;
        }

        private void sequenceStatement(String text) {
            Matcher m;
            if ((m = PARTICIPANT.matcher(text)).matches()) {
                String id = name(m.group(1));
                if (participants.containsKey(id)) {
                    throw error("duplicateId", id);
                }
                if (participants.size() == MAX_PARTICIPANTS) {
                    throw error("tooManyParticipants", MAX_PARTICIPANTS);
                }
                participants.put(id, new Participant(id, label(m.group(2), line)));
            } else if ((m = GAP.matcher(text)).matches()) {
                count();
                steps.add(new Gap(label(m.group(1), line)));
            } else if ((m = STATE.matcher(text)).matches()) {
                count();
                List<String> on = new ArrayList<>();
                for (String part : m.group(1).split(",")) {
                    String id = participant(part.strip());
                    if (on.contains(id)) {
                        throw error("duplicateId", id);
                    }
                    on.add(id);
                }
                steps.add(new State(on, style(m.group(2)), label(m.group(3), line)));
            } else if ((m = NOTE.matcher(text)).matches()) {
                count();
                String from = participant(m.group(1));
                String to = m.group(2) == null ? from : participant(m.group(2));
                steps.add(new Note(from, to, style(m.group(3)), label(m.group(4), line)));
            } else if ((m = MESSAGE.matcher(text)).matches()) {
                count();
                String from = participant(m.group(1));
                String to = participant(m.group(3));
                Line kind = switch (m.group(2)) {
                    case "->" -> Line.SOLID;
                    case "-->" -> Line.DASHED;
                    default -> Line.LOST;
                };
                if (kind == Line.LOST && from.equals(to)) {
                    throw error("lostSelf");
                }
                steps.add(new Message(from, to, kind, style(m.group(4)), label(m.group(5), line)));
            } else {
                throw unknown(text, "sequence");
            }
        }

        private void graphStatement(String text) {
            Matcher m;
            if ((m = RING.matcher(text)).matches()) {
                double col = coordinate(m.group(1));
                double row = coordinate(m.group(2));
                double radius = Double.parseDouble(m.group(3));
                if (radius <= 0 || radius > MAX_COORDINATE / 2.0) {
                    throw error("radius", MAX_COORDINATE / 2);
                }
                rings.add(new Ring(col, row, radius));
            } else if ((m = RING_NODE.matcher(text)).matches()) {
                if (rings.isEmpty()) {
                    throw error("noRing");
                }
                double degrees = Double.parseDouble(m.group(2));
                if (degrees >= 360) {
                    throw error("degrees");
                }
                Ring ring = rings.get(rings.size() - 1);
                double radians = Math.toRadians(degrees);
                double col = ring.col() + ring.radius() * Math.sin(radians);
                double row = ring.row() - ring.radius() * Math.cos(radians);
                addNode(m.group(1), col, row, m.group(3), m.group(4));
            } else if ((m = NODE.matcher(text)).matches()) {
                addNode(m.group(1), coordinate(m.group(2)), coordinate(m.group(3)), m.group(4), m.group(5));
            } else if ((m = GROUP.matcher(text)).matches()) {
                count();
                String id = name(m.group(1));
                if (!groupIds.add(id) || nodes.containsKey(id)) {
                    throw error("duplicateId", id);
                }
                List<String> members = new ArrayList<>();
                for (String part : m.group(4).split(",")) {
                    String member = part.strip();
                    if (member.isEmpty()) {
                        throw error("syntax", text);
                    }
                    if (!nodes.containsKey(member)) {
                        throw error("undefined", member);
                    }
                    members.add(member);
                }
                groups.add(new Group(id, style(m.group(2)), label(m.group(3), line), members));
            } else if ((m = EDGE.matcher(text)).matches()) {
                count();
                String from = node(m.group(1));
                String to = node(m.group(3));
                Line kind = switch (m.group(2)) {
                    case "->" -> Line.SOLID;
                    case "-->" -> Line.DASHED;
                    case "<->" -> Line.BOTH;
                    default -> Line.PLAIN;
                };
                Text label = m.group(5) == null ? new Text("", "") : label(m.group(5), line, true);
                edges.add(new Edge(from, to, kind, style(m.group(4)), label));
            } else {
                throw unknown(text, "graph");
            }
        }

        /** Messages, states, notes, gaps, edges and groups: at most {@link #MAX_STATEMENTS} in all. */
        private void count() {
            if (++statements > MAX_STATEMENTS) {
                throw error("tooManyStatements", MAX_STATEMENTS);
            }
        }

        private void addNode(String rawId, double col, double row, String words, String label) {
            String id = name(rawId);
            if (nodes.containsKey(id) || groupIds.contains(id)) {
                throw error("duplicateId", id);
            }
            if (nodes.size() == MAX_NODES) {
                throw error("tooManyNodes", MAX_NODES);
            }
            Shape shape = Shape.BOX;
            Style style = Style.PLAIN;
            boolean shapeSeen = false;
            boolean styleSeen = false;
            for (String word : words.strip().isEmpty() ? new String[0] : words.strip().split("\\s+")) {
                Shape asShape = shape(word);
                if (asShape != null && !shapeSeen) {
                    shape = asShape;
                    shapeSeen = true;
                } else if (!styleSeen && asShape == null) {
                    style = style(word);
                    styleSeen = true;
                } else {
                    throw error("option", word);
                }
            }
            nodes.put(id, new Node(id, col, row, shape, style, label(label, line)));
        }

        private static Shape shape(String word) {
            return switch (word) {
                case "box" -> Shape.BOX;
                case "round" -> Shape.ROUND;
                case "circle" -> Shape.CIRCLE;
                case "cylinder" -> Shape.CYLINDER;
                case "record" -> Shape.RECORD;
                case "text" -> Shape.TEXT;
                default -> null;
            };
        }

        private Style style(String words) {
            String word = words == null ? "" : words.strip();
            if (word.isEmpty()) {
                return Style.PLAIN;
            }
            return switch (word) {
                case "accent" -> Style.ACCENT;
                case "warn" -> Style.WARN;
                case "muted" -> Style.MUTED;
                default -> throw error("option", word);
            };
        }

        private double coordinate(String text) {
            double value = Double.parseDouble(text);
            if (value > MAX_COORDINATE) {
                throw error("coordinate", text, MAX_COORDINATE);
            }
            return value;
        }

        private String name(String id) {
            if (!NAME.matcher(id).matches() || id.length() > 40) {
                throw error("name", id);
            }
            return id;
        }

        private String participant(String id) {
            if (!participants.containsKey(id)) {
                throw error("undefined", id);
            }
            return id;
        }

        private String node(String id) {
            if (!nodes.containsKey(id)) {
                throw error("undefined", id);
            }
            return id;
        }

        private Text label(String raw, int at) {
            return label(raw, at, false);
        }

        private Text label(String raw, int at, boolean mayBeEmpty) {
            int here = line;
            line = at;
            String text = raw.strip();
            if (text.isEmpty() && !mayBeEmpty) {
                throw error("emptyLabel");
            }
            String[] parts = text.split(" \\| ", -1);
            if (parts.length > 2) {
                throw error("pipes");
            }
            String en = parts[0].strip();
            String zh = parts.length == 2 ? parts[1].strip() : en;
            if (en.length() > MAX_LABEL || zh.length() > MAX_LABEL) {
                throw error("longLabel", MAX_LABEL);
            }
            if (parts.length == 2 && (en.isEmpty() || zh.isEmpty())) {
                throw error("emptyLabel");
            }
            line = here;
            return new Text(en.replace("\\n", "\n"), zh.replace("\\n", "\n"));
        }

        private Link link(String raw, int at) {
            line = at;
            String[] parts = raw.split(" \\| ", -1);
            String href = parts[0].strip();
            if (parts.length < 2 || parts.length > 3 || !href.startsWith("/") || href.startsWith("//")
                    || !href.matches("[A-Za-z0-9/._~?=&%#+-]+") || href.length() > 300) {
                throw error("link");
            }
            String en = parts[1].strip();
            String zh = parts.length == 3 ? parts[2].strip() : en;
            if (en.isEmpty() || zh.isEmpty()) {
                throw error("link");
            }
            if (en.length() > MAX_LABEL || zh.length() > MAX_LABEL) {
                throw error("longLabel", MAX_LABEL);
            }
            return new Link(href, new Text(en, zh));
        }

        private DiagramException unknown(String text, String kind) {
            String keyword = text.split("[\\s:]", 2)[0];
            Set<String> known = kind.equals("sequence") ? Set.of("participant", "state", "note", "gap")
                    : Set.of("node", "group", "ring");
            if (known.contains(keyword.toLowerCase(Locale.ROOT)) || text.contains("->") || text.contains("-x")
                    || text.contains("---")) {
                return error("syntax", abbreviate(text));
            }
            return error("unknown", abbreviate(keyword), kind);
        }

        private static String abbreviate(String text) {
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }

        private DiagramException error(String problem, Object... details) {
            return new DiagramException(line, problem, details);
        }
    }
}
