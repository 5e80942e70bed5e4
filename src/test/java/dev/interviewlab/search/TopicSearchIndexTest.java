package dev.interviewlab.search;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.topic.content.BuiltInContentReader;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search over the real built-in notes, without Spring. */
class TopicSearchIndexTest {

    private static final TopicSearchIndex index = new TopicSearchIndex();
    /** Every text of each topic, to check where snippets come from. */
    private static final java.util.Map<String, String> TEXTS = new java.util.HashMap<>();

    @BeforeAll
    static void indexBuiltInContent() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<IndexedTopic> topics = new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read().topics().stream()
                .map(file -> indexed(file.draft(), markdown)).toList();
        topics.forEach(topic -> TEXTS.put(topic.slug(), String.join("\n", topic.bodyText().en(), topic.bodyText().zh(),
                topic.summary().en(), topic.summary().zh())));
        index.rebuild(topics);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static IndexedTopic indexed(TopicDraft draft, MarkdownRenderer markdown) {
        return new IndexedTopic(draft.slug(), draft.categorySlug(), draft.title(), draft.summary(),
                new LocalizedText(markdown.plainText(draft.body().en()), markdown.plainText(draft.body().zh())),
                draft.tags());
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "三色, go-garbage-collector",
            "三色标记, go-garbage-collector",
            "写屏障, go-garbage-collector",
            "TIME_WAIT, tcp-connection-states",
            "time wait, tcp-connection-states",
            "time_wait, tcp-connection-states",
            "rebase, git-merge-vs-rebase",
            "rebasing, git-merge-vs-rebase",
            "懒汉式, singleton-pattern",
            "MESI, cpu-cache-mesi",
            "跳表, redis-skip-list",
            "epoll, io-models-epoll-zero-copy",
            "缓存击穿, cache-avalanche-breakdown-penetration",
            "\"leftmost prefix\", mysql-indexes",
            "元数据锁, mysql-locks",
            "insert intention, mysql-locks",
            "两阶段提交, mysql-logs-buffer-pool",
            "redo log, mysql-logs-buffer-pool",
    })
    void findsTheTopicAmongTheFirstHits(String query, String slug) {
        for (Language language : Language.values()) {
            List<SearchHit> hits = index.search(query, language, 20);
            assertThat(hits).as("%s in %s", query, language).isNotEmpty();
            assertThat(hits.subList(0, Math.min(3, hits.size()))).extracting(SearchHit::slug).contains(slug);
        }
    }

    @Test
    void hitsAreRankedAndCarryHighlightedSnippetsInTheReadersLanguage() {
        List<SearchHit> hits = index.search("TIME_WAIT", Language.ZH, 20);

        assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
        SearchHit first = hits.get(0);
        assertThat(first.title()).containsPattern("\\p{IsHan}");
        assertThat(first.snippet()).contains("<mark>");
    }

    /** Every note that writes the identifier comes before any note that only has its words apart. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"TIME_WAIT, EN", "TIME_WAIT, ZH", "time_wait, EN"})
    void anIdentifierRanksTheNotesThatWriteItFirst(String identifier, Language language) {
        List<String> writingIt = TEXTS.entrySet().stream()
                .filter(entry -> entry.getValue().toUpperCase(java.util.Locale.ROOT).contains(identifier.toUpperCase(java.util.Locale.ROOT)))
                .map(java.util.Map.Entry::getKey).toList();
        assertThat(writingIt).contains("tcp-connection-states").hasSizeGreaterThan(1);

        List<SearchHit> hits = index.search(identifier, language, 1, 10).hits();
        assertThat(hits.get(0).slug()).isEqualTo("tcp-connection-states");
        assertThat(hits.subList(0, writingIt.size())).extracting(SearchHit::slug).containsExactlyInAnyOrderElementsOf(writingIt);
    }

    @Test
    void aNoteWritingTheIdentifierOrThePhraseOutranksANoteWithTheWordsApart() {
        try (TopicSearchIndex fresh = new TopicSearchIndex()) {
            fresh.rebuild(List.of(
                    note("queue-waits", "Wait time in queues", "How long a job waits, and why time matters.",
                            "Every job waits. Its wait time is part of the response time, and time in a queue adds up."),
                    note("tcp-close", "Closing a TCP connection", "Four segments end a connection.",
                            "The side that closes first enters TIME_WAIT and stays there for 2MSL."),
                    note("port-reuse", "Port reuse", "Sockets and ports.",
                            "A socket in the time wait state still holds its port.")));
            assertThat(fresh.search("TIME_WAIT", Language.EN, 10)).extracting(SearchHit::slug)
                    .containsExactly("tcp-close", "port-reuse", "queue-waits");
            assertThat(fresh.search("time wait", Language.EN, 10)).extracting(SearchHit::slug).hasSize(3).last()
                    .isEqualTo("queue-waits");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static IndexedTopic note(String slug, String title, String summary, String body) {
        return new IndexedTopic(slug, "networking", LocalizedText.same(title), LocalizedText.same(summary),
                LocalizedText.same(body), List.of());
    }

    @Test
    void theTotalCountsEveryMatchAndPagesWalkThroughThemAll() {
        List<String> all = index.search("time", Language.EN, 1000).stream().map(SearchHit::slug).toList();
        assertThat(all).as("a query with more than two pages of hits").hasSizeGreaterThan(20);

        List<String> walked = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResults results = index.search("time", Language.EN, page, 10);
            assertThat(results.total()).isEqualTo(all.size());
            assertThat(results.pages()).isEqualTo((all.size() + 9) / 10);
            assertThat(results.page()).isEqualTo(page);
            walked.addAll(results.hits().stream().map(SearchHit::slug).toList());
        }
        assertThat(walked).containsExactlyElementsOf(all);

        SearchResults beyond = index.search("time", Language.EN, 4, 10);
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(all.size());
        assertThat(index.search("time", Language.EN, Integer.MAX_VALUE, 10).hits()).isEmpty();
    }

    @Test
    void everySnippetIsTakenFromItsOwnTopic() {
        for (String query : List.of("time wait", "cache", "锁", "rebase", "goroutine")) {
            for (SearchHit hit : index.search(query, Language.EN, 20)) {
                String text = TEXTS.get(hit.slug());
                for (String passage : hit.snippet().replace("<mark>", "").replace("</mark>", "").split(" … ")) {
                    String plain = passage.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&").strip();
                    assertThat(text).as("snippet of %s for %s", hit.slug(), query).contains(plain);
                }
            }
        }
    }

    @Test
    void snippetsEscapeTheTextAroundTheMarks() {
        List<SearchHit> hits = index.search("hchan", Language.EN, 20);
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(hit -> assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<", ">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND (", "\"", "*", "((((", "-", "|", "~", "\"unclosed phrase", "a -b +c", "OR NOT", "\\", "tcp~2", "𝕏😀"})
    void querySyntaxCharactersNeverFail(String query) {
        assertThat(index.search(query, Language.EN, 20)).isNotNull();
    }

    @Test
    void overlongQueriesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> index.search("x".repeat(10_000), Language.EN, 20))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).messageKey()).isEqualTo("search.error.tooLong"));
    }

    @Test
    void blankQueriesFindNothing() {
        assertThat(index.search("   ", Language.EN, 20)).isEmpty();
        assertThat(index.search(null, Language.EN, 20)).isEmpty();
    }

    @Test
    void theIndexFollowsChanges() {
        try (TopicSearchIndex fresh = new TopicSearchIndex()) {
            IndexedTopic topic = new IndexedTopic("zebra-note", "tools", LocalizedText.same("Zebra striping"),
                    LocalizedText.same("About zebras"), LocalizedText.same("Quagga text"), List.of());
            fresh.put(topic);
            assertThat(fresh.search("quagga", Language.EN, 5)).extracting(SearchHit::slug).containsExactly("zebra-note");

            fresh.put(new IndexedTopic("zebra-note", "tools", LocalizedText.same("Zebra striping"),
                    LocalizedText.same("About zebras"), LocalizedText.same("Okapi text"), List.of()));
            assertThat(fresh.search("quagga", Language.EN, 5)).isEmpty();
            assertThat(fresh.search("okapi", Language.EN, 5)).hasSize(1);

            fresh.remove("zebra-note");
            assertThat(fresh.search("okapi", Language.EN, 5)).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
