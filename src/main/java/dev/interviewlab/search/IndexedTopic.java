package dev.interviewlab.search;

import dev.interviewlab.topic.LocalizedText;

import java.util.List;

/**
 * What the search index knows of a topic: its texts in both languages, bodies as plain prose, and the
 * words of the bodies' figures apart from the prose.
 */
public record IndexedTopic(String slug, String categorySlug, LocalizedText title, LocalizedText summary,
                           LocalizedText bodyText, List<String> tags, TopicFigures figures) {

    public IndexedTopic {
        tags = List.copyOf(tags);
        java.util.Objects.requireNonNull(figures, "figures");
    }

    /** A topic whose body has no figures. */
    public IndexedTopic(String slug, String categorySlug, LocalizedText title, LocalizedText summary,
                        LocalizedText bodyText, List<String> tags) {
        this(slug, categorySlug, title, summary, bodyText, tags, TopicFigures.NONE);
    }
}
