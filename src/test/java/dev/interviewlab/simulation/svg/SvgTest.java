package dev.interviewlab.simulation.svg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgTest {

    @Test
    void drawsAnAccessibleDiagramWithEscapedText() {
        String svg = Svg.of("seq", 200, 100.5, "A <b> & \"c\"", "desc")
                .group("segment", 3).line(0, 0, 10, 10, "arrow").text(5, 5, "SYN <seq=0>", "middle", "label").tooltip("why").end()
                .build();

        assertThat(svg).startsWith("<svg id=\"seq\"").contains("viewBox=\"0 0 200 100.50\"")
                .contains("aria-labelledby=\"seq-title seq-desc\"")
                .contains("<title id=\"seq-title\">A &lt;b&gt; &amp; &quot;c&quot;</title>")
                .contains("<g class=\"segment\" data-step=\"3\">")
                .contains("SYN &lt;seq=0&gt;").endsWith("</g></svg>");
    }

    @Test
    void unbalancedGroupsAndBadIdsAreProgrammingErrors() {
        assertThatThrownBy(() -> Svg.of("x", 1, 1, "t", "d").group("g", 0).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Svg.of("x", 1, 1, "t", "d").end()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Svg.of("bad id\"", 1, 1, "t", "d")).isInstanceOf(IllegalArgumentException.class);
    }
}
