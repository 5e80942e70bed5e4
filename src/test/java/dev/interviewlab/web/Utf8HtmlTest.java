package dev.interviewlab.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8HtmlTest {

    @Test
    void writesTheSameBytesAsEncodingTheWholeText() {
        String chinese = "第 2 题，共 5 题 · 保存… 😀";
        Utf8Html html = new Utf8Html(1).append("<p class=\"x\">").append(chinese).append("</p>").append(42L).append(':')
                .append(true).append("é");
        String expected = "<p class=\"x\">" + chinese + "</p>42:trueé";
        assertThat(html.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(html.toString()).isEqualTo(expected);
    }

    @Test
    void growsPastItsCapacity() {
        Utf8Html html = new Utf8Html(16);
        String line = "a".repeat(100) + "中";
        for (int i = 0; i < 50; i++) {
            html.append(line);
        }
        assertThat(html.toString()).isEqualTo(line.repeat(50));
    }
}
