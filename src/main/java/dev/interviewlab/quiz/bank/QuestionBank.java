package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicSummary;
import dev.interviewlab.topic.TopicsChangedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Reading the item bank: its shape (cached until the bank or the topics change) and drawable items. */
@Service
public class QuestionBank {

    /** An item a quiz may draw, with its topic and that topic's category (kept with the attempt for history). */
    public record Candidate(long itemId, String topicSlug, String categorySlug) {
    }

    private final QuizItemRepository items;
    private final TopicRepository topics;
    private volatile BankCatalog catalog;
    // a catalog computed while a change commits must not be kept after the clear that follows it
    private final AtomicLong generation = new AtomicLong();

    public QuestionBank(QuizItemRepository items, TopicRepository topics) {
        this.items = items;
        this.topics = topics;
    }

    /** Two queries when not cached, however large the bank. */
    @Transactional(readOnly = true)
    public BankCatalog catalog() {
        BankCatalog cached = catalog;
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        Map<String, Map<Difficulty, Integer>> countsByTopic = new HashMap<>();
        for (Object[] row : items.countDrawable()) {
            countsByTopic.computeIfAbsent((String) row[0], slug -> BankCatalog.counts())
                    .merge((Difficulty) row[1], ((Number) row[2]).intValue(), Integer::sum);
        }
        Map<String, List<BankCatalog.BankTopic>> topicsByCategory = new LinkedHashMap<>();
        Map<String, TopicSummary> categoryOf = new LinkedHashMap<>();
        for (TopicSummary summary : topics.findAllSummaries()) { // ordered by category position, then slug
            Map<Difficulty, Integer> counts = countsByTopic.get(summary.slug());
            if (counts == null) {
                continue;
            }
            topicsByCategory.computeIfAbsent(summary.categorySlug(), slug -> new ArrayList<>())
                    .add(new BankCatalog.BankTopic(summary.slug(), summary.title(), summary.categorySlug(), counts));
            categoryOf.putIfAbsent(summary.categorySlug(), summary);
        }
        List<BankCatalog.BankCategory> categories = new ArrayList<>();
        topicsByCategory.forEach((slug, inCategory) -> categories.add(
                new BankCatalog.BankCategory(slug, categoryOf.get(slug).categoryName(), inCategory)));
        BankCatalog fresh = new BankCatalog(categories);
        if (generation.get() == before) {
            catalog = fresh;
        }
        return fresh;
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates(Collection<String> topicSlugs, Difficulty difficulty) {
        if (topicSlugs.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = difficulty == null ? items.findDrawable(topicSlugs) : items.findDrawable(topicSlugs, difficulty);
        return rows.stream().map(row -> new Candidate(((Number) row[0]).longValue(), (String) row[1], (String) row[2])).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void bankChanged(BankChangedEvent event) {
        forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void topicsChanged(TopicsChangedEvent event) {
        forget();
    }

    /** Drops the cached shape; the next {@link #catalog()} reads the database again. */
    public void forget() {
        generation.incrementAndGet();
        catalog = null;
    }
}
