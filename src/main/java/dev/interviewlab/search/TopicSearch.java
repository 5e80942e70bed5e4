package dev.interviewlab.search;

import dev.interviewlab.markdown.MarkdownRenderer;
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

    public void rebuild() {
        long start = System.nanoTime();
        firstBuild.begin();
        List<IndexedTopic> all = readOnly.execute(status -> topics.findAllForIndexing().stream().map(this::indexed).toList());
        index.rebuild(all);
        firstBuild.finished();
        log.info("Search index built: {} topics in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
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
        readOnly.executeWithoutResult(status -> {
            for (String slug : slugs) {
                topics.findBySlug(slug).ifPresentOrElse(topic -> index.put(indexed(topic)), () -> index.remove(slug));
            }
        });
    }

    private IndexedTopic indexed(Topic topic) {
        LocalizedText bodyText = new LocalizedText(
                markdown.plainText(topic.getBody().en(), Language.EN.locale()),
                markdown.plainText(topic.getBody().zh(), Language.ZH.locale()));
        return new IndexedTopic(topic.getSlug(), topic.getCategory().getSlug(), topic.getTitle(), topic.getSummary(),
                bodyText, List.copyOf(topic.getTags()));
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
