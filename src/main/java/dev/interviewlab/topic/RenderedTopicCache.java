package dev.interviewlab.topic;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.RenderedMarkdown;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered topic bodies, keyed by topic, version and language, so a page view does not re-render
 * Markdown. Entries of changed topics are dropped when their change commits.
 */
@Component
public class RenderedTopicCache {

    /** Far above the number of topic × language pairs a site has; a guard, not a tuning knob. */
    static final int MAX_ENTRIES = 5_000;

    private record Key(String slug, long version, Language language) {
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Map<Key, RenderedMarkdown> rendered = new ConcurrentHashMap<>();

    public RenderedMarkdown body(Topic topic, Language language) {
        if (rendered.size() >= MAX_ENTRIES) {
            rendered.clear();
        }
        return rendered.computeIfAbsent(new Key(topic.getSlug(), topic.getVersion(), language),
                key -> renderer.render(topic.getBody().in(language)));
    }

    @TransactionalEventListener
    void evict(TopicsChangedEvent event) {
        rendered.keySet().removeIf(key -> event.slugs().contains(key.slug()));
    }

    int size() {
        return rendered.size();
    }
}
