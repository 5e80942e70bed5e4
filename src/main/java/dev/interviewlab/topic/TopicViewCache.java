package dev.interviewlab.topic;

import dev.interviewlab.web.Language;
import dev.interviewlab.web.PageSkeleton;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Topic pages and the catalogue as the reader sees them, kept between requests: reading a topic
 * costs a map lookup instead of three queries, and serving its page costs copying bytes rendered
 * once instead of running the template. Any committed change to any topic clears it all, since one
 * topic's title shows on others' pages (related, previous, next) and in every list.
 *
 * <p>Rendered pages may only hold what is the same for every reader of a language and address:
 * the parts that show who is signed in or carry per-session form tokens (CSRF) stay out of the
 * cached HTML (a {@link PageSkeleton} leaves them out; or they go into the key, or the page is not cached).
 */
@Component
public class TopicViewCache {

    /** Bounds the map; a page shares its rendered body with {@link RenderedTopicCache}, so entries are small. */
    static final int MAX_PAGES = 4_000;
    /**
     * Bounds the rendered HTML (about 20–60 KB a page): the key holds the query string, which anyone
     * can vary, so the bound is on bytes, not entries.
     */
    static final long MAX_HTML_BYTES = 32L * 1024 * 1024;

    private record PageKey(String slug, Language language) {
    }

    private final Map<PageKey, TopicPage> pages = new ConcurrentHashMap<>();
    private final Map<String, byte[]> html = new ConcurrentHashMap<>();
    private final Map<String, PageSkeleton> skeletons = new ConcurrentHashMap<>();
    private final AtomicLong htmlBytes = new AtomicLong();
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

    /** A rendered page, by a key that holds everything the HTML depends on. */
    public byte[] html(String key, Supplier<byte[]> render) {
        return rendered(html, key, render, page -> page.length);
    }

    /**
     * A page rendered for every signed-in reader with their own parts left out, by a key that holds
     * everything else the HTML depends on. It shares the bound on bytes with {@link #html}.
     */
    public PageSkeleton skeleton(String key, Supplier<PageSkeleton> render) {
        return rendered(skeletons, key, render, PageSkeleton::size);
    }

    private <T> T rendered(Map<String, T> map, String key, Supplier<T> render, ToLongFunction<T> size) {
        T cached = map.get(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        T rendered = render.get();
        if (generation.get() == before) {
            long bytes = size.applyAsLong(rendered);
            if (htmlBytes.addAndGet(bytes) > MAX_HTML_BYTES) {
                html.clear();
                skeletons.clear();
                htmlBytes.set(bytes);
            }
            map.put(key, rendered);
        }
        return rendered;
    }

    // first of the listeners: cheap, and it is what readers see (the item index's rebuild can take a second)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @TransactionalEventListener(fallbackExecution = true)
    void topicsChanged(TopicsChangedEvent event) {
        generation.incrementAndGet();
        pages.clear();
        catalogues.clear();
        html.clear();
        skeletons.clear();
        htmlBytes.set(0);
    }
}
