package dev.interviewlab.search;

import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicSummary;
import dev.interviewlab.topic.TopicsChangedEvent;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A build of the whole index reads the database once; an edit committed while it reads has its event
 * indexed before the build is applied. The build must not put the older text back. Deterministic: the
 * edit's event is handled inside the build's read, on the same thread, exactly where the race lies.
 */
class IndexBuiltWhileEditedTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Category NETWORKING = new Category("networking", 1, LocalizedText.same("Networking"),
            LocalizedText.same("Networks"));

    private final TopicRepository topics = mock(TopicRepository.class);
    private final QuizItemRepository items = mock(QuizItemRepository.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final TopicSearch topicSearch = new TopicSearch(topics, transactions, Duration.ofSeconds(1));
    private final QuizItemSearch itemSearch = new QuizItemSearch(items, topics, transactions, Duration.ofSeconds(1));

    @AfterEach
    void close() throws Exception {
        topicSearch.close();
        itemSearch.close();
    }

    @Test
    void aTopicEditedWhileTheBuildReadsKeepsItsNewTextInTheIndex() {
        Topic before = topic("The backlog holds zebras.");
        Topic edited = topic("The backlog holds giraffes.");
        when(topics.findBySlug("backlog")).thenReturn(Optional.of(edited));
        when(topics.findAllForIndexing()).thenAnswer(call -> {
            // the read saw the old text; now the edit commits and its event is handled
            topicSearch.topicsChanged(new TopicsChangedEvent(Set.of("backlog")));
            return List.of(before);
        });

        topicSearch.rebuild();

        assertThat(topicSearch.search("giraffes", Language.EN, 1).hits()).extracting(SearchHit::slug).containsExactly("backlog");
        assertThat(topicSearch.search("zebras", Language.EN, 1).total()).isZero();
    }

    @Test
    void aTopicDeletedWhileTheBuildReadsStaysOutOfTheIndex() {
        when(topics.findBySlug("backlog")).thenReturn(Optional.empty());
        when(topics.findAllForIndexing()).thenAnswer(call -> {
            topicSearch.topicsChanged(new TopicsChangedEvent(Set.of("backlog")));
            return List.of(topic("The backlog holds zebras."));
        });

        topicSearch.rebuild();

        assertThat(topicSearch.search("zebras", Language.EN, 1).total()).isZero();
    }

    @Test
    void anEditAfterTheBuildIsIndexedAsBefore() {
        when(topics.findAllForIndexing()).thenReturn(List.of(topic("The backlog holds zebras.")));
        topicSearch.rebuild();
        when(topics.findBySlug("backlog")).thenReturn(Optional.of(topic("The backlog holds giraffes.")));

        topicSearch.topicsChanged(new TopicsChangedEvent(Set.of("backlog")));

        assertThat(topicSearch.search("giraffes", Language.EN, 1).total()).isOne();
        assertThat(topicSearch.search("zebras", Language.EN, 1).total()).isZero();
    }

    @Test
    void anItemEditedWhileTheBuildReadsKeepsItsNewTextInTheIndex() {
        when(topics.findAllSummaries()).thenReturn(List.of(new TopicSummary("backlog", LocalizedText.same("Backlog"),
                LocalizedText.same("s"), Difficulty.BEGINNER, "networking", LocalizedText.same("Networking"), 1, NOW)));
        when(items.findByRetiredFalseOrderByKey())
                .thenAnswer(call -> {
                    // the build's read is under way when the edit commits; its event rebuilds with the new bank
                    itemSearch.bankChanged(new BankChangedEvent());
                    return List.of(item("Which queue holds zebras?"));
                })
                .thenReturn(List.of(item("Which queue holds giraffes?")));

        itemSearch.rebuild();

        assertThat(itemSearch.search("giraffes", Language.EN).total()).isOne();
        assertThat(itemSearch.search("zebras", Language.EN).total()).isZero();
    }

    private static Topic topic(String body) {
        return Topic.createdInSite(new TopicDraft("backlog", "networking", Difficulty.BEGINNER, LocalizedText.same("Backlog"),
                LocalizedText.same("Queues of a listening socket."), LocalizedText.same("## Queues\n\n" + body), List.of("tcp"),
                List.of(), null), NETWORKING, NOW);
    }

    private static QuizItem item(String prompt) {
        return QuizItem.builtIn(new ItemDraft("backlog-queue", "backlog", ItemType.SINGLE, Difficulty.BEGINNER, List.of(),
                LocalizedText.same(prompt), List.of(new ItemOption("a", LocalizedText.same("SYN queue"), true),
                new ItemOption("b", LocalizedText.same("Accept queue"), false)), null, List.of(), LocalizedText.same("E")),
                "test:x.yaml", "hash", NOW);
    }
}
