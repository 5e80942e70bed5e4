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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WebMvcTest({SearchController.class, SearchApiController.class})
class SearchControllersTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TopicSearch search;

    @MockitoBean
    QuizItemSearch itemSearch;

    @BeforeEach
    void setUp() {
        when(itemSearch.search(any(), any())).thenReturn(new ItemSearchResults(List.of(), 0));
        when(itemSearch.search(eq("rebase"), any())).thenReturn(new ItemSearchResults(List.of(
                new ItemHit("git-rebase-rewrites", "git-merge-vs-rebase", "Git merge vs rebase",
                        "What does <mark>rebase</mark> do to commits?")), 3));
        when(search.search(eq("rebase"), any(), eq(1))).thenReturn(new SearchResults(List.of(
                new SearchHit("git-merge-vs-rebase", "Git merge vs rebase", "tools", "how <mark>rebase</mark> works", 3.5f)), 1, 1, 10));
        when(search.search(argThat(q -> q != null && q.length() > 200), any(), anyInt()))
                .thenThrow(new BadInputException("search.error.tooLong", 200));
        // page 2 of 32 matches
        when(search.search(eq("time"), any(), anyInt())).thenAnswer(call -> {
            int page = call.getArgument(2);
            List<SearchHit> hits = java.util.stream.IntStream.rangeClosed((page - 1) * 10 + 1, Math.min(32, page * 10))
                    .mapToObj(n -> new SearchHit("topic-" + n, "Topic " + n, "tools", "<mark>time</mark> " + n, 40 - n)).toList();
            return new SearchResults(hits, 32, page, 10);
        });
    }

    @Test
    void aHitFoundOnlyInAFigureSaysSoInTheReadersLanguageInsteadOfShowingLabels() throws Exception {
        when(search.search(eq("SYN_RECV"), eq(Language.EN), eq(1))).thenReturn(new SearchResults(List.of(
                new SearchHit("tcp-connection-states", "TCP connection states", "networking", "The two queues",
                        "The two queues", 250f)), 1, 1, 10));
        when(search.search(eq("SYN_RECV"), eq(Language.ZH), eq(1))).thenReturn(new SearchResults(List.of(
                new SearchHit("tcp-connection-states", "TCP 连接状态", "networking", "两个队列", "两个队列", 250f)), 1, 1, 10));
        mvc.perform(get("/search").param("q", "SYN_RECV"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Found in the figure \u201cThe two queues\u201d of this note.")));
        mvc.perform(get("/search").param("q", "SYN_RECV").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("在本笔记的图\u201c两个队列\u201d中找到。")));
        mvc.perform(get("/api/search").param("q", "SYN_RECV"))
                .andExpect(jsonPath("$.hits[0].figure").value("The two queues"));
    }

    @Test
    void quizItemsAreAResultTypeOfTheirOwnLinkingToAPracticeQuiz() throws Exception {
        mvc.perform(get("/search").param("q", "rebase"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quiz questions")))
                .andExpect(content().string(containsString("What does <mark>rebase</mark> do to commits?")))
                .andExpect(content().string(containsString("href=\"/quizzes?topics=git-merge-vs-rebase\"")))
                .andExpect(content().string(containsString("3 quiz questions match; the best is shown")));
        mvc.perform(get("/search").param("q", "rebase").param("lang", "zh"))
                .andExpect(content().string(containsString("测验题")));
        mvc.perform(get("/api/search").param("q", "rebase"))
                .andExpect(jsonPath("$.items[0].key").value("git-rebase-rewrites"))
                .andExpect(jsonPath("$.items[0].topicSlug").value("git-merge-vs-rebase"))
                .andExpect(jsonPath("$.itemsTotal").value(3));
    }

    @Test
    void quizItemsGoWithTheFirstPageOnly() throws Exception {
        when(itemSearch.search(eq("time"), any())).thenReturn(new ItemSearchResults(List.of(
                new ItemHit("k", "tcp", "TCP", "<mark>time</mark> wait")), 1));
        mvc.perform(get("/search").param("q", "time").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Quiz questions"))));
        mvc.perform(get("/search").param("q", "time"))
                .andExpect(content().string(containsString("Quiz questions")));
    }

    @Test
    void theCountLineSaysQuizQuestionsMatchTooAndLinksToThem() throws Exception {
        String page = mvc.perform(get("/search").param("q", "rebase"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"#search-items-heading\"", "3 quiz questions match too")
                .contains("id=\"search-items-heading\"");
    }

    @Test
    void aQueryMatchingOnlyQuizQuestionsDoesNotSayNothingMatches() throws Exception {
        when(itemSearch.search(eq("sendq"), any())).thenReturn(new ItemSearchResults(List.of(
                new ItemHit("k", "go-channels-csp", "Channels", "<mark>sendq</mark> holds")), 1));
        when(search.search(eq("sendq"), any(), anyInt())).thenReturn(new SearchResults(List.of(), 0, 1, 10));

        String page = mvc.perform(get("/search").param("q", "sendq"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No topic matches \u201csendq\u201d, but 1 quiz question does:", "Quiz questions")
                .doesNotContain("Try fewer or other words", "match too");
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
    void aSearchJustAfterStartUpWhileTheIndexIsBuiltSaysToTryAgainInBothLanguages() throws Exception {
        when(search.search(eq("tcp"), any(), anyInt())).thenThrow(new SearchIndexBuildingException());

        mvc.perform(get("/search").param("q", "tcp"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(containsString("The search index is being built")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("No topic matches"))));
        mvc.perform(get("/search").param("q", "tcp").param("lang", "zh"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("正在建立搜索索引")));
        mvc.perform(get("/api/search").param("q", "tcp"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail").value(containsString("being built")));
    }

    @Test
    void searchPageShowsHitsWithHighlightedSnippets() throws Exception {
        mvc.perform(get("/search").param("q", "rebase"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("how <mark>rebase</mark> works")))
                .andExpect(content().string(containsString("href=\"/topics/git-merge-vs-rebase\"")));
    }

    @Test
    void searchPageCountsEveryMatchAndLinksThePages() throws Exception {
        mvc.perform(get("/search").param("q", "time").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("32 topics match \u201ctime\u201d.")))
                .andExpect(content().string(containsString("Showing 11\u201320.")))
                .andExpect(content().string(containsString("<ol class=\"search-results\" start=\"11\">")))
                .andExpect(content().string(containsString("href=\"/topics/topic-11\"")))
                .andExpect(content().string(containsString("href=\"/topics/topic-20\"")))
                .andExpect(content().string(containsString("rel=\"prev\" href=\"/search?q=time&amp;page=1\"")))
                .andExpect(content().string(containsString("rel=\"next\" href=\"/search?q=time&amp;page=3\"")))
                .andExpect(content().string(containsString("href=\"/search?q=time&amp;page=4\" aria-label=\"Page 4\">4</a>")))
                .andExpect(content().string(containsString("aria-current=\"page\" aria-label=\"Page 2, this page\">2</span>")));
        mvc.perform(get("/search").param("q", "time").param("lang", "zh"))
                .andExpect(content().string(containsString("32 个主题匹配\u201ctime\u201d。")))
                .andExpect(content().string(containsString("下一页 \u2192")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("rel=\"prev\""))));
    }

    @Test
    void aPageBeyondTheLastIsNotFoundAndABadPageNumberIsRefused() throws Exception {
        mvc.perform(get("/search").param("q", "time").param("page", "9"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no page 9: the results fill 4 pages.")))
                .andExpect(content().string(containsString("href=\"/search?q=time&amp;page=1\"")));
        for (String page : List.of("0", "-1", "abc", "1.5", "99999999999", "100001")) {
            mvc.perform(get("/search").param("q", "time").param("page", page))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("The page must be a whole number from 1 to 100000.")));
        }
        mvc.perform(get("/api/search").param("q", "time").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("whole number")));
    }

    @Test
    void apiGivesTheTotalAndThePage() throws Exception {
        mvc.perform(get("/api/search").param("q", "time").param("page", "4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(32))
                .andExpect(jsonPath("$.page").value(4))
                .andExpect(jsonPath("$.pages").value(4))
                .andExpect(jsonPath("$.hits.length()").value(2))
                .andExpect(jsonPath("$.hits[0].slug").value("topic-31"));
    }

    @Test
    void searchPageExplainsAnOverlongQueryWithA400() throws Exception {
        mvc.perform(get("/search").param("q", "y".repeat(5_000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 200 characters")));
    }

    @Test
    void searchPageEscapesTheQueryItEchoes() throws Exception {
        when(search.search(eq("<script>alert(1)</script>"), eq(Language.EN), eq(1))).thenReturn(SearchResults.none(1, 10));
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }
}
