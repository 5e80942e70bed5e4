package dev.interviewlab.search;

import dev.interviewlab.account.WebSliceSecurity;
import org.springframework.context.annotation.Import;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest({SearchController.class, SearchApiController.class})
class SearchControllersTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TopicSearch search;

    @BeforeEach
    void setUp() {
        when(search.search(eq("rebase"), any())).thenReturn(List.of(
                new SearchHit("git-merge-vs-rebase", "Git merge vs rebase", "tools", "how <mark>rebase</mark> works", 3.5f)));
        when(search.search(argThat(q -> q != null && q.length() > 200), any()))
                .thenThrow(new BadInputException("search.error.tooLong", 200));
    }

    @Test
    void apiReturnsRankedHitsWithSnippets() throws Exception {
        mvc.perform(get("/api/search").param("q", "rebase"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].slug").value("git-merge-vs-rebase"))
                .andExpect(jsonPath("$.hits[0].title").value("Git merge vs rebase"))
                .andExpect(jsonPath("$.hits[0].snippet").value("how <mark>rebase</mark> works"));
    }

    @Test
    void apiRefusesMissingBlankAndOverlongQueriesWithProblemDetails() throws Exception {
        mvc.perform(get("/api/search"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'q'")));
        mvc.perform(get("/api/search").param("q", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("search text")));
        mvc.perform(get("/api/search").param("q", "x".repeat(10_000)).header("Accept-Language", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("最多 200 个字符")));
    }

    @Test
    void searchPageShowsHitsWithHighlightedSnippets() throws Exception {
        mvc.perform(get("/search").param("q", "rebase"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("how <mark>rebase</mark> works")))
                .andExpect(content().string(containsString("href=\"/topics/git-merge-vs-rebase\"")));
    }

    @Test
    void searchPageExplainsAnOverlongQueryWithA400() throws Exception {
        mvc.perform(get("/search").param("q", "y".repeat(5_000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 200 characters")));
    }

    @Test
    void searchPageEscapesTheQueryItEchoes() throws Exception {
        when(search.search(eq("<script>alert(1)</script>"), eq(Language.EN))).thenReturn(List.of());
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }
}
