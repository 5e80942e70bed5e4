package dev.interviewlab.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private RenderedMarkdown english(String markdown) {
        return renderer.render(markdown, java.util.Locale.ENGLISH);
    }

    @Test
    void rendersTablesWithAlignment() {
        String html = english("""
                | State | Meaning |
                |:------|--------:|
                | M | modified |
                """).html();

        assertThat(html).contains("<table>").contains("<th align=\"left\">State</th>").contains("<td align=\"right\">modified</td>");
    }

    @Test
    void headingsGetAnchorsAndFormTheTableOfContents() {
        RenderedMarkdown rendered = english("""
                ## Why TIME_WAIT exists
                text
                ### Two reasons
                #### too deep for the table of contents
                ## 为什么需要 TIME_WAIT
                """);

        assertThat(rendered.tableOfContents()).extracting(TocEntry::level, TocEntry::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Why TIME_WAIT exists"),
                org.assertj.core.groups.Tuple.tuple(3, "Two reasons"),
                org.assertj.core.groups.Tuple.tuple(2, "为什么需要 TIME_WAIT"));
        assertThat(rendered.tableOfContents()).allSatisfy(entry -> {
            assertThat(entry.anchor()).isNotBlank();
            assertThat(rendered.html()).contains("id=\"" + entry.anchor() + "\"");
        });
        // Chinese headings keep their characters in the anchor, so links to them are readable
        assertThat(rendered.tableOfContents().get(2).anchor()).contains("为什么需要");
    }

    @Test
    void fencedCodeIsHighlightedAndEscaped() {
        String html = english("""
                ```go
                // a comment
                func main() { s := "<b>" }
                ```
                """).html();

        assertThat(html).contains("<code class=\"language-go\">")
                .contains("<span class=\"tok-comment\">// a comment</span>")
                .contains("<span class=\"tok-keyword\">func</span>")
                .contains("<span class=\"tok-string\">\"&lt;b&gt;\"</span>")
                .doesNotContain("<b>");
    }

    @Test
    void taskListsBecomeDisabledCheckboxes() {
        String html = english("""
                - [x] learn MESI
                - [ ] learn TCP
                """).html();

        assertThat(html).contains("type=\"checkbox\"").contains("checked").contains("disabled")
                .contains("aria-label=\"learn MESI\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<form action=\"https://evil.example\"><input name=q></form>",
            "<body onload=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "![x](javascript:alert(1))",
    })
    void scriptsAndActiveContentRenderInert(String attack) {
        String html = english("Before\n\n" + attack + "\n\nAfter").html().toLowerCase();

        assertThat(html).doesNotContain("<script", "onerror", "onload", "ontoggle", "javascript:", "<iframe",
                "style=", "data:text", "<form", "<svg");
        assertThat(html).contains("before").contains("after");
    }

    @Test
    void safeLinksAreKept() {
        String html = english("[RFC](https://www.rfc-editor.org/rfc/rfc9293) and [below](#two-reasons) and [topic](/topics/websocket)").html();

        assertThat(html).contains("href=\"https://www.rfc-editor.org/rfc/rfc9293\"")
                .contains("href=\"#two-reasons\"").contains("href=\"/topics/websocket\"");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(english("## Title\n\nSome **bold** `code`").plainText())
                .contains("Title").contains("Some bold").contains("code").doesNotContain("**", "##");
    }
}
