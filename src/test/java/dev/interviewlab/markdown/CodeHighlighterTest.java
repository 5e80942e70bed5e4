package dev.interviewlab.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeHighlighterTest {

    private final CodeHighlighter highlighter = new CodeHighlighter();

    @ParameterizedTest
    @CsvSource({"golang,go", "GO,go", "js,javascript", "sh,bash", "yml,yaml", "cpp,c", "'go {linenos}',go"})
    void aliasesMapToOneLanguage(String info, String expected) {
        assertThat(CodeHighlighter.canonicalLanguage(info)).isEqualTo(expected);
    }

    @Test
    void unknownLanguagesAreEscapedButNotHighlighted() {
        assertThat(CodeHighlighter.canonicalLanguage("brainfuck")).isNull();
        assertThat(highlighter.highlight("<x> & \"y\"", "brainfuck")).isEqualTo("&lt;x&gt; &amp; &quot;y&quot;");
    }

    @Test
    void sqlKeywordsAreCaseInsensitive() {
        assertThat(highlighter.highlight("select * FROM t -- note", "sql"))
                .contains("<span class=\"tok-keyword\">select</span>")
                .contains("<span class=\"tok-keyword\">FROM</span>")
                .contains("<span class=\"tok-comment\">-- note</span>");
    }

    @Test
    void keywordsInsideStringsAndCommentsAreNotKeywords() {
        String html = highlighter.highlight("x := \"func\" // return", "go");
        assertThat(html).doesNotContain("tok-keyword").contains("tok-string").contains("tok-comment");
    }

    @Test
    void aVeryLongStringLiteralDoesNotOverflowTheStack() {
        String code = "s := \"" + "a\\\"".repeat(10_000) + "\"";
        assertThat(highlighter.highlight(code, "go")).startsWith("s := <span class=\"tok-string\">");
    }
}
