package dev.interviewlab.cluster;

import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.search.TopicSearch;
import dev.interviewlab.topic.TopicsChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

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
    private final TopicSearch topicSearch;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong reloads = new AtomicLong();

    ContentChanges(ApplicationEventPublisher events, TopicSearch topicSearch) {
        this.events = events;
        this.topicSearch = topicSearch;
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

    /**
     * A change to topics naming none: the page caches empty (they empty on any change), the question bank and
     * the item index reload (they do on any change); rendered bodies need no eviction (they are keyed by the
     * topic's version, so a changed topic misses them). Then the topic index is rebuilt from the database,
     * which also drops topics deleted meanwhile.
     */
    private void reloadEverything() {
        reloads.incrementAndGet();
        events.publishEvent(new TopicsChangedEvent(Set.of()));
        topicSearch.rebuild();
    }

    /** Changes from other instances applied here, reloads included. */
    long applied() {
        return applied.get();
    }

    /** Times this instance began to reload everything because it had missed changes. */
    long reloads() {
        return reloads.get();
    }
}
