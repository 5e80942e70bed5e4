package dev.interviewlab.search;

import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The item index holds a topic's title, nothing else of it: a note's edited text leaves the index as it is
 * (no read of the bank), and a renamed or removed topic rebuilds it.
 */
class ItemIndexFollowsTopicTitlesTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private final TopicRepository topics = mock(TopicRepository.class);
    private final QuizItemRepository items = mock(QuizItemRepository.class);
    private final QuizItemSearch itemSearch = new QuizItemSearch(items, topics, mock(PlatformTransactionManager.class),
            Duration.ofSeconds(1));

    @AfterEach
    void close() throws Exception {
        itemSearch.close();
    }

    @Test
    void aNotesEditedTextDoesNotRebuildTheIndexButANewTitleDoes() {
        when(topics.findAllSummaries()).thenReturn(List.of(summary("Backlog")));
        when(items.findByRetiredFalseOrderByKey()).thenReturn(List.of(item()));
        itemSearch.rebuild();
        verify(items, times(1)).findByRetiredFalseOrderByKey();

        // the note's body changed, its title did not
        itemSearch.topicsChanged(new TopicsChangedEvent(Set.of("backlog")));
        verify(items, times(1)).findByRetiredFalseOrderByKey();
        assertThat(itemSearch.search("wombats", Language.EN).hits()).extracting(ItemHit::topicTitle).containsExactly("Backlog");

        when(topics.findAllSummaries()).thenReturn(List.of(summary("Listen queues")));
        itemSearch.topicsChanged(new TopicsChangedEvent(Set.of("backlog")));
        verify(items, times(2)).findByRetiredFalseOrderByKey();
        assertThat(itemSearch.search("wombats", Language.EN).hits()).extracting(ItemHit::topicTitle)
                .as("shown under its topic's new title").containsExactly("Listen queues");

        when(topics.findAllSummaries()).thenReturn(List.of());
        itemSearch.topicsChanged(new TopicsChangedEvent(Set.of("backlog")));
        assertThat(itemSearch.search("wombats", Language.EN).total()).as("the topic is gone").isZero();
    }

    private static TopicSummary summary(String title) {
        return new TopicSummary("backlog", LocalizedText.same(title), LocalizedText.same("s"), Difficulty.BEGINNER,
                "networking", LocalizedText.same("Networking"), 1, NOW);
    }

    private static QuizItem item() {
        return QuizItem.builtIn(new ItemDraft("backlog-queue", "backlog", ItemType.SINGLE, Difficulty.BEGINNER, List.of(),
                LocalizedText.same("Which queue holds wombats?"), List.of(new ItemOption("a", LocalizedText.same("SYN queue"), true),
                new ItemOption("b", LocalizedText.same("Accept queue"), false)), null, List.of(), LocalizedText.same("E")),
                "test:x.yaml", "hash", NOW);
    }
}
