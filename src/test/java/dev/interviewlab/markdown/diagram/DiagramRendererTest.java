package dev.interviewlab.markdown.diagram;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramRendererTest {

    private final DiagramParser parser = new DiagramParser();
    private final DiagramRenderer renderer = new DiagramRenderer();

    /** The figure as XML, so the SVG's case-sensitive names are kept. */
    private static Document xml(String html) {
        return Jsoup.parse(html, "", Parser.xmlParser());
    }

    @Test
    void aSequenceIsAnAccessibleFigureWithLifelinesMessagesAndStates() {
        String html = renderer.figure(parser.parse(DiagramParserTest.HANDSHAKE, 1), Locale.ENGLISH);
        Document doc = xml(html);

        Element figure = doc.selectFirst("figure.diagram");
        assertThat(figure.id()).isEqualTo("fig-tcp-handshake");
        Element svg = figure.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("fig-tcp-handshake-title fig-tcp-handshake-desc");
        assertThat(svg.selectFirst("title#fig-tcp-handshake-title").text()).isEqualTo("The three-way handshake");
        assertThat(svg.selectFirst("desc#fig-tcp-handshake-desc").text()).startsWith("The client sends SYN");
        assertThat(svg.attr("viewBox")).matches("-?\\d+ -?\\d+ \\d+ \\d+");
        assertThat(svg.attr("width")).isEqualTo(svg.attr("viewBox").split(" ")[2]);
        assertThat(svg.select("line.dg-lifeline")).hasSize(2);
        assertThat(svg.select("rect.dg-actor")).hasSize(2);
        assertThat(svg.select("line.dg-msg")).hasSize(3);
        assertThat(svg.select("path.dg-head")).hasSize(3);
        assertThat(svg.select("rect.dg-state")).hasSize(4);
        assertThat(svg.select("text").eachText()).contains("Client", "Server", "SYN seq=x", "ESTABLISHED");
        assertThat(figure.selectFirst("figcaption .diagram-title").text()).isEqualTo("The three-way handshake");
        assertThat(figure.selectFirst("figcaption a").attr("href")).isEqualTo("/simulations/tcp?preset=handshake");
        assertThat(html).doesNotContain("style=").doesNotContain("fill=").doesNotContain("<script");
    }

    @Test
    void theBodysLanguagePicksEachLabelsPart() {
        Document zh = xml(renderer.figure(parser.parse(DiagramParserTest.HANDSHAKE, 1), Locale.SIMPLIFIED_CHINESE));

        assertThat(zh.selectFirst("title").text()).isEqualTo("三次握手");
        assertThat(zh.select("text").eachText()).contains("客户端", "服务端", "SYN-SENT").doesNotContain("Client");
        assertThat(zh.selectFirst("figcaption a").text()).isEqualTo("在 TCP 模拟器中逐步查看");
    }

    @Test
    void aGraphDrawsEveryShapeEdgeGroupAndRing() {
        Document doc = xml(renderer.figure(parser.parse(DiagramParserTest.GRAPH, 1), Locale.ENGLISH));
        Element svg = doc.selectFirst("svg");

        assertThat(svg.select("circle.dg-node.dg-circle")).hasSize(4);
        assertThat(svg.select(".dg-node.dg-accent")).hasSize(1);
        assertThat(svg.select("path.dg-cylinder")).hasSize(1);
        assertThat(svg.select("rect.dg-record")).hasSize(1);
        assertThat(svg.select("line.dg-cell")).hasSize(3);
        assertThat(svg.select("rect.dg-round")).hasSize(1);
        assertThat(svg.select("rect.dg-group.dg-warn")).hasSize(1);
        assertThat(svg.select("circle.dg-ring")).hasSize(1);
        assertThat(svg.select("line.dg-edge")).hasSize(5);
        assertThat(svg.select("line.dg-edge.dg-dashed")).hasSize(1);
        assertThat(svg.select("path.dg-edge.dg-open")).as("the self loop").hasSize(1);
        // ->, ->, -->, <-> (two), the self loop; --- has none
        assertThat(svg.select("path.dg-head")).hasSize(6);
        assertThat(svg.select("text").eachText()).contains("Modified", "Memory", "head", "tail", "Caches", "local read");
    }

    @Test
    void edgesEndOnNodeBordersAndOppositeEdgesRunApart() {
        String source = DiagramParserTest.header("graph") + """
                node a at 0,0: A wide label here
                node b at 2,0: B
                a -> b: there
                b -> a: back
                """;
        Document doc = xml(renderer.figure(parser.parse(source, 1), Locale.ENGLISH));
        Element boxA = doc.select("rect.dg-node").get(0);
        Element boxB = doc.select("rect.dg-node").get(1);
        Element there = doc.select("line.dg-edge").get(0);
        Element back = doc.select("line.dg-edge").get(1);

        double rightOfA = d(boxA, "x") + d(boxA, "width");
        assertThat(d(there, "x1")).isCloseTo(rightOfA, org.assertj.core.data.Offset.offset(0.6));
        assertThat(d(there, "x2")).isCloseTo(d(boxB, "x") - 4, org.assertj.core.data.Offset.offset(0.6));
        assertThat(d(there, "y1")).isNotEqualTo(d(back, "y1"));
        // the labels sit on either side of the pair
        var labels = doc.select("text.dg-edge-label");
        assertThat(d(labels.get(0), "y")).isNotEqualTo(d(labels.get(1), "y"));
    }

    @Test
    void boxesAreWideEnoughForTheirTextInEitherScript() {
        String source = DiagramParserTest.header("graph") + """
                node a at 0,0: short | 很长很长很长很长很长很长的中文标签
                node b at 1,0: another
                """;
        Document en = xml(renderer.figure(parser.parse(source, 1), Locale.ENGLISH));
        Document zh = xml(renderer.figure(parser.parse(source, 1), Locale.SIMPLIFIED_CHINESE));

        double enWidth = d(en.selectFirst("rect.dg-node"), "width");
        double zhWidth = d(zh.selectFirst("rect.dg-node"), "width");
        assertThat(zhWidth).isGreaterThanOrEqualTo(16 * 14);
        assertThat(enWidth).isLessThan(zhWidth / 2);
        // the neighbour moved out of the way
        assertThat(d(zh.select("rect.dg-node").get(1), "x")).isGreaterThan(d(zh.selectFirst("rect.dg-node"), "x") + zhWidth);
    }

    @Test
    void hostileLabelsStayText() {
        String source = """
                id: x
                type: sequence
                title: <script>alert(1)</script> | "><img src=x onerror=alert(1)>
                desc: ' onload='alert(1) & </desc><script>
                link: /ok?a=1&b=2 | </a><script>alert(1)</script> | 中文
                participant a: <b onclick="x">A</b>
                participant b: ]]><svg onload=alert(1)>
                a -> b: </text><script>alert(2)</script>
                note a..b: javascript:alert(1)
                """;
        for (Locale language : new Locale[]{Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String html = renderer.figure(parser.parse(source, 1), language);
            assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b ")
                    .doesNotContain("onclick=\"").doesNotContain("<svg onload").doesNotContain("onerror=alert(1)>");
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script, img, b, [onclick], [onload], [onerror]")).isEmpty();
            assertThat(doc.select("svg")).hasSize(1);
            assertThat(doc.select("a")).hasSize(1);
            assertThat(doc.selectFirst("a").attr("href")).isEqualTo("/ok?a=1&b=2");
        }
        assertThatThrownBy(() -> parser.parse(DiagramParserTest.header("graph").replace("id: t", "id: x\" onload=\"y")
                + "node a at 0,0: A", 1)).isInstanceOf(DiagramException.class);
        assertThatThrownBy(() -> parser.parse(DiagramParserTest.header("graph")
                + "link: /x\"onmouseover=\"alert(1) | go\nnode a at 0,0: A", 1)).isInstanceOf(DiagramException.class);
    }

    @Test
    void theSameBlockRendersToTheSameBytes() {
        Diagram graph = parser.parse(DiagramParserTest.GRAPH, 1);
        Diagram sequence = new DiagramParser().parse(DiagramParserTest.HANDSHAKE, 1);

        assertThat(renderer.figure(graph, Locale.ENGLISH)).isEqualTo(new DiagramRenderer().figure(parser.parse(DiagramParserTest.GRAPH, 1), Locale.ENGLISH));
        assertThat(renderer.figure(sequence, Locale.SIMPLIFIED_CHINESE)).isEqualTo(renderer.figure(sequence, Locale.SIMPLIFIED_CHINESE));
        Matcher numbers = Pattern.compile("\\d+\\.\\d{3,}").matcher(renderer.figure(graph, Locale.ENGLISH));
        assertThat(numbers.find()).as("numbers have at most two decimals").isFalse();
    }

    @Test
    void theFiguresWordsAreItsPlainText() {
        String text = renderer.plainText(parser.parse(DiagramParserTest.HANDSHAKE, 1), Locale.SIMPLIFIED_CHINESE);

        assertThat(text).contains("三次握手", "客户端发送 SYN", "客户端", "SYN+ACK seq=y ack=x+1", "ESTABLISHED")
                .doesNotContain("Client").doesNotContain("participant");
    }

    private static double d(Element element, String attribute) {
        return Double.parseDouble(element.attr(attribute));
    }
}
