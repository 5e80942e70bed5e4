package dev.interviewlab.topic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdScopeTest {

    @Test
    void idsAndTheReferencesToThemGetThePrefix() {
        String html = "<h2 id=\"summary\">Summary</h2><a href=\"#summary\">up</a>"
                + "<svg aria-labelledby=\"t d\"><title id=\"t\">T</title><desc id=\"d\">D</desc>"
                + "<marker id=\"arrow\"></marker><path marker-end=\"url(#arrow)\"></path></svg>";

        String scoped = IdScope.scoped(html, "tcp--");

        assertThat(scoped)
                .contains("id=\"tcp--summary\"", "href=\"#tcp--summary\"", "aria-labelledby=\"tcp--t tcp--d\"",
                        "id=\"tcp--arrow\"", "marker-end=\"url(#tcp--arrow)\"")
                .doesNotContain("id=\"summary\"", "url(#arrow)");
    }

    @Test
    void referencesToIdsTheNoteDoesNotDefineAndOtherLinksStay() {
        String html = "<h2 id=\"a\">A</h2><a href=\"#elsewhere\">x</a><a href=\"/topics/tcp#a\">y</a>";

        String scoped = IdScope.scoped(html, "n--");

        assertThat(scoped).contains("href=\"#elsewhere\"", "href=\"/topics/tcp#a\"", "id=\"n--a\"");
    }

    @Test
    void htmlWithoutIdsIsReturnedAsItWas() {
        String html = "<p>Plain <em>text</em> &amp; more</p>";

        assertThat(IdScope.scoped(html, "n--")).isEqualTo(html);
    }
}
