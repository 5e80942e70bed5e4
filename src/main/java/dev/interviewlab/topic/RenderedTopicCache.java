package dev.interviewlab.topic;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.RenderedMarkdown;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered topic bodies, keyed by topic, version and language, so Markdown is rendered once per
 * version rather than per request. Entries of changed topics are dropped when the change commits.
 */
@Component
public class RenderedTopicCache {

    /** About 64 MB of HTML at most; far above what the built-in notes need (about 3 MB). */
    static final long MAX_CHARACTERS = 32L * 1024 * 1024;

    private record Key(String slug, long version, Language language) {
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Map<Key, RenderedMarkdown> rendered = new ConcurrentHashMap<>();
    private final AtomicLong characters = new AtomicLong();

    public RenderedMarkdown body(Topic topic, Language language) {
        Key key = new Key(topic.getSlug(), topic.getVersion(), language);
        RenderedMarkdown cached = rendered.get(key);
        if (cached != null) {
            return cached;
        }
        RenderedMarkdown fresh = renderer.render(topic.getBody().in(language), language.locale());
        if (characters.addAndGet(fresh.html().length()) > MAX_CHARACTERS) {
            rendered.clear();
            characters.set(fresh.html().length());
        }
        RenderedMarkdown raced = rendered.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void evict(TopicsChangedEvent event) {
        rendered.keySet().removeIf(key -> event.slugs().contains(key.slug()));
    }
}
