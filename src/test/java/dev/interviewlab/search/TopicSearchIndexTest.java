package dev.interviewlab.search;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.SearchableText;
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
    /** The words of each topic's figures, which find it but never make a snippet. */
    private static final java.util.Map<String, String> FIGURE_WORDS = new java.util.HashMap<>();
    private static final java.util.Map<String, java.util.Set<String>> FIGURE_TITLES = new java.util.HashMap<>();

    @BeforeAll
    static void indexBuiltInContent() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<IndexedTopic> topics = new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read().topics().stream()
                .map(file -> indexed(file.draft(), markdown)).toList();
        topics.forEach(topic -> TEXTS.put(topic.slug(), String.join("\n", topic.bodyText().en(), topic.bodyText().zh(),
                topic.summary().en(), topic.summary().zh())));
        topics.forEach(topic -> FIGURE_WORDS.put(topic.slug(), topic.figures().text(Language.EN) + "\n" + topic.figures().text(Language.ZH)));
        topics.forEach(topic -> FIGURE_TITLES.put(topic.slug(), java.util.stream.Stream.of(Language.values())
                .flatMap(language -> topic.figures().in(language).stream()).map(SearchableText.FigureWords::title)
                .collect(java.util.stream.Collectors.toSet())));
        index.rebuild(topics);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static IndexedTopic indexed(TopicDraft draft, MarkdownRenderer markdown) {
        return TopicSearch.indexed(markdown, draft.slug(), draft.categorySlug(), draft.title(), draft.summary(),
                draft.body(), draft.tags());
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
                .filter(entry -> (entry.getValue() + FIGURE_WORDS.get(entry.getKey())).toUpperCase(java.util.Locale.ROOT).contains(identifier.toUpperCase(java.util.Locale.ROOT)))
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
        for (String query : List.of("time wait", "cache", "锁", "rebase", "goroutine", "SYN_RECV", "SYN queue", "accept queue",
                "半连接队列", "Client", "ESTABLISHED", "leader", "primary")) {
            for (SearchHit hit : index.search(query, Language.EN, 20)) {
                if (hit.inFigure()) {
                    assertThat(FIGURE_TITLES.get(hit.slug())).as("figure of %s for %s", hit.slug(), query).contains(hit.figure());
                    continue;
                }
                String text = TEXTS.get(hit.slug());
                for (String passage : hit.snippet().replace("<mark>", "").replace("</mark>", "").split(" … ")) {
                    String plain = passage.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&").strip();
                    assertThat(text).as("snippet of %s for %s", hit.slug(), query).contains(plain);
                }
            }
        }
    }

    /** The prose of tcp-connection-states and its figure's record node "SYN queue ; SYN_RECV ; SYN_RECV ; …" both have it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EN", "ZH"})
    void aLabelThatTheProseAlsoWritesGetsItsSnippetFromTheProse(Language language) {
        assertThat(FIGURE_WORDS.get("tcp-connection-states")).contains("SYN_RECV ; SYN_RECV");
        SearchHit hit = index.search("SYN_RECV", language, 10).stream()
                .filter(each -> each.slug().equals("tcp-connection-states")).findFirst().orElseThrow();
        assertThat(hit.inFigure()).isFalse();
        assertThat(hit.snippet()).contains("<mark>").doesNotContain(" ; ");
    }

    @Test
    void aWordOnlyInAFigureFindsTheNoteAndTheHitNamesTheFigureInsteadOfJoiningItsLabels() {
        String figure = """
                ```diagram
                id: queues
                type: graph
                title: Two queues | 两个队列
                desc: Requests wait here. | 请求在这里等待。
                node a at 0,0 record: Zorblax queue ; SYN_RECV ; SYN_RECV | 佐布拉克斯队列 ; SYN_RECV ; SYN_RECV
                node b at 2,0: Accept queue | 全连接队列
                a -> b: final ACK | 最后的 ACK
                ```
                """;
        MarkdownRenderer markdown = new MarkdownRenderer();
        try (TopicSearchIndex fresh = new TopicSearchIndex()) {
            fresh.rebuild(List.of(
                    TopicSearch.indexed(markdown, "with-figure", "networking", new LocalizedText("Backlog", "积压队列"),
                            new LocalizedText("Where half-open connections wait.", "半连接在哪里等待。"),
                            new LocalizedText("The kernel keeps requests apart.\n\n" + figure + "\nThen accept() takes one.",
                                    "内核把请求分开存放。\n\n" + figure + "\n然后 accept() 取走一个。"), List.of()),
                    note("plain", "Plain", "Nothing about it.", "The kernel keeps requests apart too.")));

            SearchHit en = fresh.search("Zorblax", Language.EN, 10).get(0);
            assertThat(en.slug()).isEqualTo("with-figure");
            assertThat(en.inFigure()).isTrue();
            assertThat(en.figure()).isEqualTo("Two queues");
            assertThat(en.snippet()).isEqualTo("Two queues").doesNotContain(";");

            SearchHit zh = fresh.search("佐布拉克斯", Language.ZH, 10).get(0);
            assertThat(zh.slug()).isEqualTo("with-figure");
            assertThat(zh.figure()).isEqualTo("两个队列");
            // a Chinese reader searching an English label: the Chinese figure has no such word, the English one names it
            assertThat(fresh.search("Zorblax", Language.ZH, 10)).singleElement().extracting(SearchHit::figure).isEqualTo("Two queues");

            assertThat(fresh.search("SYN_RECV", Language.EN, 10)).singleElement().extracting(SearchHit::figure)
                    .isEqualTo("Two queues");
            SearchHit prose = fresh.search("kernel requests", Language.EN, 10).stream()
                    .filter(hit -> hit.slug().equals("with-figure")).findFirst().orElseThrow();
            assertThat(prose.inFigure()).isFalse();
            assertThat(prose.snippet()).contains("<mark>kernel</mark>").doesNotContain("Zorblax", ";");
            SearchHit both = fresh.search("queue", Language.EN, 10).get(0);
            assertThat(both.snippet()).doesNotContain(" ; ");
        } catch (IOException e) {
            throw new AssertionError(e);
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
