package dev.interviewlab.search;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.SearchableText;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicsChangedEvent;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the {@link TopicSearchIndex} in step with the database: built in the background once the
 * application is ready (searches before that wait for it a little, see {@link FirstBuild}), then
 * updated after each committed change to topics.
 */
@Service
public class TopicSearch {

    private static final Logger log = LoggerFactory.getLogger(TopicSearch.class);
    /** Hits per page of results. */
    public static final int PAGE_SIZE = 10;

    private final TopicSearchIndex index = new TopicSearchIndex();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final TopicRepository topics;
    private final TransactionTemplate readOnly;
    private final FirstBuild firstBuild;
    /** Held while the index is changed from what was read: a rebuild's apply, an event's read-and-put. */
    private final Object updates = new Object();
    /** The slugs changed since each running rebuild began reading, to read again once it is applied. */
    private final Set<Set<String>> changedDuringRebuild = ConcurrentHashMap.newKeySet();

    public TopicSearch(TopicRepository topics, PlatformTransactionManager transactions,
                       @Value("${interviewlab.search.first-build-wait:5s}") Duration firstBuildWait) {
        this.topics = topics;
        this.firstBuild = new FirstBuild(firstBuildWait);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** @param page 1-based; beyond the last page it has no hits but still the total */
    public SearchResults search(String query, Language language, int page) {
        firstBuild.await();
        return index.search(query, language, page, PAGE_SIZE);
    }

    /**
     * The page number from a request parameter.
     *
     * @throws BadInputException unless it is a whole number from 1 to 100,000
     */
    public static int page(String value) {
        String page = value == null ? "" : value.strip();
        if (!page.matches("[0-9]{1,6}") || Integer.parseInt(page) < 1 || Integer.parseInt(page) > 100_000) {
            throw new BadInputException("search.error.page");
        }
        return Integer.parseInt(page);
    }

    /** Off the start-up's critical path: the first pages are served while the index is built. */
    @EventListener(ApplicationReadyEvent.class)
    void buildAfterStart() {
        firstBuild.startInBackground("topic-search-index", this::rebuild);
    }

    /**
     * Reads every topic and replaces the index with them. Topics changed while it reads are read again
     * after it is applied: the whole read may hold a version older than the one a change's event has
     * already indexed, and must not put it back.
     */
    public void rebuild() {
        long start = System.nanoTime();
        firstBuild.begin();
        Set<String> changedMeanwhile = ConcurrentHashMap.newKeySet();
        changedDuringRebuild.add(changedMeanwhile); // before reading: a change committed after the read began is recorded
        try {
            List<IndexedTopic> all = readOnly.execute(status -> topics.findAllForIndexing().stream().map(this::indexed).toList());
            synchronized (updates) {
                index.rebuild(all);
                changedDuringRebuild.remove(changedMeanwhile);
                reindex(changedMeanwhile);
            }
            log.info("Search index built: {} topics in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            changedDuringRebuild.remove(changedMeanwhile);
            firstBuild.finished();
        }
    }

    // fallback execution: another instance's change arrives outside any transaction (dev.interviewlab.cluster);
    // right after the page caches, before slower listeners (the item index rebuilds whole)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    @TransactionalEventListener(fallbackExecution = true)
    void topicsChanged(TopicsChangedEvent event) {
        if (!firstBuild.hasBegun()) {
            return; // the first build, still to come, reads this change with the rest
        }
        Set<String> slugs = event.slugs();
        changedDuringRebuild.forEach(changed -> changed.addAll(slugs));
        synchronized (updates) {
            reindex(slugs);
        }
    }

    /**
     * Reads these topics and puts them into the index, or removes the ones that are gone. Callers hold
     * {@link #updates}: one read-and-put at a time, so the read that comes last (the freshest) is the one
     * that stays.
     */
    private void reindex(Set<String> slugs) {
        if (slugs.isEmpty()) {
            return;
        }
        readOnly.executeWithoutResult(status -> {
            for (String slug : slugs) {
                topics.findBySlug(slug).ifPresentOrElse(topic -> index.put(indexed(topic)), () -> index.remove(slug));
            }
        });
    }

    private IndexedTopic indexed(Topic topic) {
        return indexed(markdown, topic.getSlug(), topic.getCategory().getSlug(), topic.getTitle(), topic.getSummary(),
                topic.getBody(), List.copyOf(topic.getTags()));
    }

    /** A topic as the index takes it: bodies as prose, their figures' words apart, each in its language. */
    static IndexedTopic indexed(MarkdownRenderer markdown, String slug, String categorySlug, LocalizedText title,
                                LocalizedText summary, LocalizedText body, List<String> tags) {
        SearchableText en = markdown.searchableText(body.en(), Language.EN.locale());
        SearchableText zh = markdown.searchableText(body.zh(), Language.ZH.locale());
        return new IndexedTopic(slug, categorySlug, title, summary, new LocalizedText(en.prose(), zh.prose()), tags,
                new TopicFigures(en.figures(), zh.figures()));
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
