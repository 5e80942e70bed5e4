package dev.interviewlab.search;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicSummary;
import dev.interviewlab.topic.TopicsChangedEvent;
import dev.interviewlab.web.Language;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Keeps the {@link QuizItemSearchIndex} in step with the bank: built in the background once the application
 * is ready (searches before that wait for it a little, see {@link FirstBuild}) and
 * rebuilt after every committed change to items (an edit, a retirement, a restore, a bank reload) or to
 * topics (an item's topic title). The bank is a few hundred items, so a rebuild takes milliseconds.
 */
@Service
public class QuizItemSearch {

    private static final Logger log = LoggerFactory.getLogger(QuizItemSearch.class);
    /** Items shown with a page of results. */
    public static final int SHOWN = 5;

    private final QuizItemSearchIndex index = new QuizItemSearchIndex();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final QuizItemRepository items;
    private final TopicRepository topics;
    private final TransactionTemplate readOnly;
    private final FirstBuild firstBuild;
    /** Numbers each rebuild's read in the order they begin; also the lock for applying them. */
    private final AtomicLong readsBegun = new AtomicLong();
    /** The number of the read the index holds now (guarded by {@link #readsBegun}). */
    private long applied;
    /** The topics' titles that read saw, by slug (guarded by {@link #readsBegun}). */
    private Map<String, LocalizedText> appliedTitles = Map.of();

    public QuizItemSearch(QuizItemRepository items, TopicRepository topics, PlatformTransactionManager transactions,
                          @Value("${interviewlab.search.first-build-wait:5s}") Duration firstBuildWait) {
        this.items = items;
        this.firstBuild = new FirstBuild(firstBuildWait);
        this.topics = topics;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public ItemSearchResults search(String query, Language language) {
        firstBuild.await();
        return index.search(query, language, SHOWN);
    }

    /** Off the start-up's critical path: the first pages are served while the index is built. */
    @EventListener(ApplicationReadyEvent.class)
    void buildAfterStart() {
        if (firstBuild.isFinished()) {
            return; // a change since start-up has built it
        }
        firstBuild.startInBackground("item-search-index", this::rebuild);
    }

    /**
     * Reads the bank and replaces the index with it, unless a rebuild that began reading later has been
     * applied already: the first build runs in the background, and the rebuild of a change's event may
     * finish before it with a fresher read, which the older one must not replace.
     */
    public void rebuild() {
        long start = System.nanoTime();
        firstBuild.begin();
        long ticket = readsBegun.incrementAndGet(); // before reading: a later ticket reads a later bank
        BankRead read = readOnly.execute(status -> {
            Map<String, LocalizedText> titles = titles();
            // an item whose topic is gone cannot be practised, so it is not offered
            return new BankRead(titles, items.findByRetiredFalseOrderByKey().stream()
                    .filter(item -> titles.containsKey(item.getTopicSlug()))
                    .map(item -> indexed(item, titles.get(item.getTopicSlug()))).toList());
        });
        List<IndexedItem> all = read.items();
        synchronized (readsBegun) {
            if (ticket < applied) {
                log.info("Item search index: a fresher rebuild was applied first; this one's read of {} items is dropped",
                        all.size());
                firstBuild.finished();
                return;
            }
            index.rebuild(all);
            applied = ticket;
            appliedTitles = read.titles();
        }
        firstBuild.finished();
        log.info("Item search index built: {} items in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
    }

    // the bank and topics loaded at start-up come before the first build, which reads them all at once
    @TransactionalEventListener(fallbackExecution = true)
    void bankChanged(BankChangedEvent event) {
        if (firstBuild.hasBegun()) {
            rebuild();
        }
    }

    /**
     * Of a topic the index holds only its title (and leaves out the items of a topic that is gone): a change to
     * a note's text, summary or figures leaves it as it is, and only a changed set of titles rebuilds it. A
     * rebuild still under way may have read the titles before the change, so then it rebuilds anyway.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void topicsChanged(TopicsChangedEvent event) {
        if (!firstBuild.hasBegun()) {
            return;
        }
        Map<String, LocalizedText> titles = readOnly.execute(status -> titles());
        synchronized (readsBegun) {
            if (applied > 0 && applied == readsBegun.get() && appliedTitles.equals(titles)) {
                return;
            }
        }
        rebuild();
    }

    /** What one rebuild read: the topics' titles by slug, and the items offered under them. */
    private record BankRead(Map<String, LocalizedText> titles, List<IndexedItem> items) {
    }

    private Map<String, LocalizedText> titles() {
        return topics.findAllSummaries().stream()
                .collect(Collectors.toMap(TopicSummary::slug, TopicSummary::title, (a, b) -> a));
    }

    private IndexedItem indexed(QuizItem item, LocalizedText topicTitle) {
        LocalizedText prompt = new LocalizedText(markdown.plainText(item.getPrompt().en(), Language.EN.locale()),
                markdown.plainText(item.getPrompt().zh(), Language.ZH.locale()));
        return new IndexedItem(item.getKey(), item.getTopicSlug(), topicTitle, prompt,
                item.getOptions().stream().map(ItemOption::text).toList());
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
