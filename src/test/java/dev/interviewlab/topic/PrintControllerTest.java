package dev.interviewlab.topic;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.markdown.RenderedMarkdown;
import dev.interviewlab.markdown.TocEntry;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PrintController.class)
@Import(WebSliceSecurity.class)
class PrintControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TopicService topics;

    private static PrintedNote note(String slug, String title, String body) {
        return new PrintedNote(slug, title, "Summary of " + title, "Networking", Instant.parse("2026-11-01T00:00:00Z"),
                new RenderedMarkdown(body, List.of(new TocEntry(2, "why", "Why")), "plain"));
    }

    @BeforeEach
    void setUp() {
        when(topics.printedNote(eq("missing"), any())).thenThrow(new TopicNotFoundException("topic missing"));
        when(topics.printedCategory(eq("missing"), any())).thenThrow(new TopicNotFoundException("category missing"));
        when(topics.printedNote("tcp-connection-states", Language.EN)).thenReturn(note("tcp-connection-states", "TCP states",
                "<h2 id=\"why\">Why</h2><pre><code>ss -tan state time-wait</code></pre>"));
        when(topics.printedNote("tcp-connection-states", Language.ZH)).thenReturn(note("tcp-connection-states", "TCP 连接状态",
                "<p>四次挥手</p>"));
        when(topics.printedCategory("networking", Language.EN)).thenReturn(new PrintedCategory("networking", "Networking",
                "TCP and more", List.of(note("http-basics", "HTTP basics", "<p>Requests.</p>"),
                note("tcp-connection-states", "TCP states", "<p>Handshake.</p>"))));
        when(topics.printedCategory("empty", Language.EN)).thenReturn(new PrintedCategory("empty", "Empty", "Nothing", List.of()));
    }

    @Test
    void aNotePrintsWithoutTheSitesChrome() throws Exception {
        String page = mvc.perform(get("/topics/tcp-connection-states/print"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>TCP states</h1>").contains("Summary of TCP states")
                .contains("<pre><code>ss -tan state time-wait</code></pre>").contains("/assets/css/print.css")
                .contains("2026-11-01").contains("href=\"/topics/tcp-connection-states\"")
                .doesNotContain("site-header").doesNotContain("site-footer").doesNotContain("header-search")
                .doesNotContain("<script");
    }

    @Test
    void aNotePrintsInChinese() throws Exception {
        String page = mvc.perform(get("/topics/tcp-connection-states/print").param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("lang=\"zh\"").contains("TCP 连接状态").contains("四次挥手").contains("打印");
    }

    @Test
    void aCategoryPrintsEveryNoteInOrderWithContents() throws Exception {
        String page = mvc.perform(get("/categories/networking/print"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Networking</h1>").contains("Contents")
                .contains("href=\"#note-http-basics\"").contains("href=\"#note-tcp-connection-states\"")
                .contains("id=\"note-http-basics\"").contains("id=\"note-tcp-connection-states\"")
                .contains("Requests.").contains("Handshake.").doesNotContain("site-header");
        assertThat(page.indexOf("id=\"note-http-basics\"")).isLessThan(page.indexOf("id=\"note-tcp-connection-states\""));
    }

    @Test
    void anEmptyCategorySaysSo() throws Exception {
        String page = mvc.perform(get("/categories/empty/print"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No topics in this category yet.").doesNotContain("print-toc");
    }

    @Test
    void unknownSlugsAreNotFound() throws Exception {
        mvc.perform(get("/topics/missing/print")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/missing/print")).andExpect(status().isNotFound());
        // an encoded tag in the path is refused before any controller runs
        mvc.perform(get("/topics/%3Cscript%3E/print")).andExpect(status().is4xxClientError());
    }
}
