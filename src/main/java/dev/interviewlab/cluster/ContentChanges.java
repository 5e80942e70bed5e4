package dev.interviewlab.cluster;

import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.search.TopicSearch;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicSummary;
import dev.interviewlab.topic.TopicsChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Applies another instance's change here by publishing the same local events its own change would have
 * (outside any transaction: the listeners run with fallback execution), so the topic page caches, the
 * question bank and the search indexes do what they do after a local change.
 */
@Component
@Profile("postgres")
class ContentChanges {

    private static final Logger log = LoggerFactory.getLogger(ContentChanges.class);

    private final ApplicationEventPublisher events;
    private final TopicRepository topics;
    private final TopicSearch topicSearch;
    private final TransactionTemplate readOnly;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong reloads = new AtomicLong();

    ContentChanges(ApplicationEventPublisher events, TopicRepository topics, TopicSearch topicSearch,
                   PlatformTransactionManager transactions) {
        this.events = events;
        this.topics = topics;
        this.topicSearch = topicSearch;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void apply(ContentChange change) {
        try {
            switch (change.kind()) {
                case TOPICS -> events.publishEvent(new TopicsChangedEvent(change.slugs()));
                case BANK -> events.publishEvent(new BankChangedEvent());
                case EVERYTHING -> reloadEverything();
            }
            applied.incrementAndGet();
        } catch (RuntimeException e) {
            // the next change or catch-up tries again; the listening thread must go on
            log.error("Could not apply change {} from instance {}", change.version(), change.origin(), e);
        }
    }

    /** Every topic counts as changed (the caches empty, the item bank reloads) and the topic index is rebuilt, dropping deleted topics. */
    private void reloadEverything() {
        Set<String> slugs = readOnly.execute(status ->
                topics.findAllSummaries().stream().map(TopicSummary::slug).collect(Collectors.toSet()));
        topicSearch.rebuild();
        events.publishEvent(new TopicsChangedEvent(slugs));
        events.publishEvent(new BankChangedEvent());
        reloads.incrementAndGet();
    }

    /** Changes from other instances applied here, reloads included. */
    long applied() {
        return applied.get();
    }

    /** Times this instance reloaded everything because it had missed changes. */
    long reloads() {
        return reloads.get();
    }
}
