package dev.interviewlab.topic;

import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Topic pages and the catalogue as the reader sees them, kept between requests: reading a topic
 * costs a map lookup instead of three queries. Any committed change to any topic clears it all,
 * since one topic's title shows on others' pages (related, previous, next) and in every list.
 */
@Component
public class TopicViewCache {

    /** Bounds the map; a page shares its rendered body with {@link RenderedTopicCache}, so entries are small. */
    static final int MAX_PAGES = 4_000;

    private record PageKey(String slug, Language language) {
    }

    private final Map<PageKey, TopicPage> pages = new ConcurrentHashMap<>();
    private final Map<Language, List<CategoryListing>> catalogues = new ConcurrentHashMap<>();
    // a view computed while a change commits must not be stored after the clear that follows it
    private final AtomicLong generation = new AtomicLong();

    public TopicPage page(String slug, Language language, Supplier<TopicPage> load) {
        PageKey key = new PageKey(slug, language);
        TopicPage cached = pages.get(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        TopicPage page = load.get();
        if (generation.get() == before) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, page);
        }
        return page;
    }

    public List<CategoryListing> catalogue(Language language, Supplier<List<CategoryListing>> load) {
        List<CategoryListing> cached = catalogues.get(language);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        List<CategoryListing> catalogue = List.copyOf(load.get());
        if (generation.get() == before) {
            catalogues.put(language, catalogue);
        }
        return catalogue;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void topicsChanged(TopicsChangedEvent event) {
        generation.incrementAndGet();
        pages.clear();
        catalogues.clear();
    }
}
