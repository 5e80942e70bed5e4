package dev.interviewlab.markdown.diagram;

import dev.interviewlab.markdown.diagram.Diagram.Line;
import dev.interviewlab.markdown.diagram.Diagram.Message;
import dev.interviewlab.markdown.diagram.Diagram.Note;
import dev.interviewlab.markdown.diagram.Diagram.Shape;
import dev.interviewlab.markdown.diagram.Diagram.State;
import dev.interviewlab.markdown.diagram.Diagram.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DiagramParserTest {

    static final String HANDSHAKE = """
            id: tcp-handshake
            type: sequence
            title: The three-way handshake | 三次握手
            desc: The client sends SYN; the server answers SYN+ACK; the client's ACK completes it. | 客户端发送 SYN；服务端回 SYN+ACK；客户端的 ACK 完成握手。
            link: /simulations/tcp?preset=handshake | Step through it in the TCP simulator | 在 TCP 模拟器中逐步查看
            %% a comment
            participant c: Client | 客户端
            participant s: Server | 服务端
            state c: SYN-SENT
            c -> s: SYN seq=x
            state s: SYN-RECEIVED

            s -> c: SYN+ACK seq=y ack=x+1
            c -> s: ACK ack=y+1
            state c, s: ESTABLISHED
            """;

    static final String GRAPH = """
            id: mesi
            type: graph
            title: MESI states | MESI 状态
            desc: Four states and the events between them. | 四个状态及其转换。
            node m at 0,0 circle accent: Modified | 已修改
            node e at 2,0 circle: Exclusive
            node s at 0,2 circle muted: Shared
            node i at 2,2 circle warn: Invalid
            node mem at 1,3.5 cylinder: Memory | 内存
            node q at 4,1 record: head ; 1 ; 2 ; tail
            node t at 4,3 text: plain words
            m -> e: write back
            e -> m: local write
            s --> i: remote write
            i <-> m accent
            s --- e
            m -> m: local read
            group caches warn: Caches | 缓存 = m, e
            ring at 8,2 radius 1.5
            node n1 on ring 0: A
            node n2 on ring 120 round: B
            """;

    private final DiagramParser parser = new DiagramParser();

    @Test
    void readsASequenceWithHeaderLabelsInBothLanguagesAndEveryRow() {
        Diagram diagram = parser.parse(HANDSHAKE, 1);

        assertThat(diagram.id()).isEqualTo("tcp-handshake");
        assertThat(diagram.type()).isEqualTo(Diagram.Type.SEQUENCE);
        assertThat(diagram.title().in(Locale.ENGLISH)).isEqualTo("The three-way handshake");
        assertThat(diagram.title().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("三次握手");
        assertThat(diagram.link().href()).isEqualTo("/simulations/tcp?preset=handshake");
        assertThat(diagram.link().text().zh()).isEqualTo("在 TCP 模拟器中逐步查看");
        assertThat(diagram.participants()).extracting(Diagram.Participant::id).containsExactly("c", "s");
        assertThat(diagram.steps()).hasSize(6);
        assertThat(diagram.steps().get(0)).isEqualTo(new State(java.util.List.of("c"), Style.PLAIN, new Diagram.Text("SYN-SENT", "SYN-SENT")));
        assertThat(((Message) diagram.steps().get(1)).label().en()).isEqualTo("SYN seq=x");
        assertThat(((State) diagram.steps().get(5)).on()).containsExactly("c", "s");
    }

    @Test
    void readsMessageKindsStylesNotesGapsAndLineBreaks() {
        Diagram diagram = parser.parse(header("sequence") + """
                participant a: A
                participant b: B
                participant c: C
                a --> b: reply
                a -x c warn: FIN (lost)
                b -> b muted: think\\nhard | 思考
                note a: alone
                note a..c accent: spanning | 跨越
                gap: 2 MSL later | 2MSL 之后
                """, 1);

        Message reply = (Message) diagram.steps().get(0);
        Message lost = (Message) diagram.steps().get(1);
        Message self = (Message) diagram.steps().get(2);
        assertThat(reply.line()).isEqualTo(Line.DASHED);
        assertThat(lost.line()).isEqualTo(Line.LOST);
        assertThat(lost.style()).isEqualTo(Style.WARN);
        assertThat(self.from()).isEqualTo(self.to());
        assertThat(self.label().en()).isEqualTo("think\nhard");
        assertThat(((Note) diagram.steps().get(4))).extracting(Note::from, Note::to, Note::style).containsExactly("a", "c", Style.ACCENT);
        assertThat(((Diagram.Gap) diagram.steps().get(5)).label().zh()).isEqualTo("2MSL 之后");
    }

    @Test
    void readsAGraphWithShapesStylesEdgesGroupsAndRings() {
        Diagram diagram = parser.parse(GRAPH, 1);

        assertThat(diagram.nodes()).hasSize(9);
        assertThat(diagram.nodes().get(0).shape()).isEqualTo(Shape.CIRCLE);
        assertThat(diagram.nodes().get(0).style()).isEqualTo(Style.ACCENT);
        assertThat(diagram.nodes().get(4).row()).isEqualTo(3.5);
        assertThat(diagram.nodes().get(5).shape()).isEqualTo(Shape.RECORD);
        assertThat(diagram.edges()).extracting(Diagram.Edge::line)
                .containsExactly(Line.SOLID, Line.SOLID, Line.DASHED, Line.BOTH, Line.PLAIN, Line.SOLID);
        assertThat(diagram.edges().get(3).label().en()).isEmpty();
        assertThat(diagram.groups().get(0).members()).containsExactly("m", "e");
        // 0° is the top, clockwise: 120° is right of and below the centre
        assertThat(diagram.nodes().get(7).col()).isCloseTo(8, within(1e-9));
        assertThat(diagram.nodes().get(7).row()).isCloseTo(0.5, within(1e-9));
        assertThat(diagram.nodes().get(8).col()).isCloseTo(8 + 1.5 * Math.sin(Math.toRadians(120)), within(1e-9));
        assertThat(diagram.nodes().get(8).row()).isCloseTo(2 + 0.75, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            missing id        ¦ type: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0: A                    ¦ 1 ¦ "id:" is missing
            missing desc      ¦ id: x\\ntype: graph\\ntitle: T\\nnode a at 0,0: A                   ¦ 1 ¦ "desc:" is missing
            bad id            ¦ id: Bad_Id\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0: A     ¦ 1 ¦ the id "Bad_Id"
            bad type          ¦ id: x\\ntype: pie\\ntitle: T\\ndesc: D                              ¦ 2 ¦ not "pie"
            duplicate header  ¦ id: x\\nid: y                                                       ¦ 2 ¦ given twice
            header after body ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0: A\\ntitle: U ¦ 6 ¦ before the first statement
            unknown keyword   ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nbox a: A                  ¦ 5 ¦ unknown statement "box"
            malformed node    ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0: A            ¦ 5 ¦ cannot read
            undefined node    ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0: A\\na -> b  ¦ 6 ¦ "b" is not declared
            duplicate node    ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0: A\\nnode a at 1,0: B ¦ 6 ¦ declared twice
            off the grid      ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 31,0: A         ¦ 5 ¦ off the grid
            bad shape         ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 1,0 hexagon: A  ¦ 5 ¦ "hexagon" is not a shape
            ring node no ring ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a on ring 90: A      ¦ 5 ¦ needs a "ring at
            group of unknown  ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0: A\\ngroup g: G = a, z ¦ 6 ¦ "z" is not declared
            empty label       ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0:            ¦ 5 ¦ label is empty
            three languages   ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nnode a at 0,0: A | B | C ¦ 5 ¦ at most (English | 中文)
            bad link          ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nlink: //evil.example | x\\nnode a at 0,0: A ¦ 5 ¦ link must be
            javascript link   ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D\\nlink: javascript:alert(1) | x\\nnode a at 0,0: A ¦ 5 ¦ link must be
            one participant   ¦ id: x\\ntype: sequence\\ntitle: T\\ndesc: D\\nparticipant a: A\\na -> a: x ¦ 6 ¦ at least 2 participants
            lost to self      ¦ id: x\\ntype: sequence\\ntitle: T\\ndesc: D\\nparticipant a: A\\nparticipant b: B\\na -x a: x ¦ 7 ¦ two different participants
            graph word in seq ¦ id: x\\ntype: sequence\\ntitle: T\\ndesc: D\\nnode a at 0,0: A         ¦ 5 ¦ unknown statement "node" in a sequence
            nothing to draw   ¦ id: x\\ntype: graph\\ntitle: T\\ndesc: D                              ¦ 4 ¦ nothing to draw
            bad style         ¦ id: x\\ntype: sequence\\ntitle: T\\ndesc: D\\nparticipant a: A\\nparticipant b: B\\na -> b loud: x ¦ 7 ¦ "loud" is not a shape or style
            """)
    void aBadBlockIsAnErrorNamingItsLine(String rule, String source, int line, String message) {
        assertThatThrownBy(() -> parser.parse(source.replace("\\n", "\n"), 1))
                .isInstanceOf(DiagramException.class)
                .hasMessageStartingWith("Figure, line " + line + ":")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((DiagramException) e).line()).isEqualTo(line));
    }

    @Test
    void linesCountFromTheBlocksPlaceInTheDocument() {
        assertThatThrownBy(() -> parser.parse("id: x\ntype: graph\ntitle: T\ndesc: D\nfrobnicate", 41))
                .isInstanceOf(DiagramException.class).hasMessageStartingWith("Figure, line 45:");
    }

    @Test
    void limitsAreErrors() {
        StringBuilder nodes = new StringBuilder(header("graph"));
        for (int i = 0; i <= DiagramParser.MAX_NODES; i++) {
            nodes.append("node n").append(i).append(" at ").append(i % 30).append(',').append(i / 30).append(": N\n");
        }
        assertThatThrownBy(() -> parser.parse(nodes.toString(), 1)).hasMessageContaining("at most 60 nodes")
                .hasMessageStartingWith("Figure, line 65:");

        StringBuilder edges = new StringBuilder(header("graph")).append("node a at 0,0: A\nnode b at 1,0: B\n");
        for (int i = 0; i <= DiagramParser.MAX_STATEMENTS; i++) {
            edges.append("a -> b\n");
        }
        assertThatThrownBy(() -> parser.parse(edges.toString(), 1)).hasMessageContaining("at most 100");

        StringBuilder lanes = new StringBuilder(header("sequence"));
        for (int i = 0; i <= DiagramParser.MAX_PARTICIPANTS; i++) {
            lanes.append("participant p").append(i).append(": P\n");
        }
        assertThatThrownBy(() -> parser.parse(lanes.toString(), 1)).hasMessageContaining("at most 6 participants");

        String longLabel = header("graph") + "node a at 0,0: " + "x".repeat(DiagramParser.MAX_LABEL + 1);
        assertThatThrownBy(() -> parser.parse(longLabel, 1)).hasMessageContaining("at most 160 characters");
        assertThat(parser.parse(header("graph") + "node a at 30,30: " + "x".repeat(DiagramParser.MAX_LABEL), 1).nodes()).hasSize(1);
    }

    static String header(String type) {
        return "id: t\ntype: " + type + "\ntitle: T\ndesc: D\n";
    }
}
