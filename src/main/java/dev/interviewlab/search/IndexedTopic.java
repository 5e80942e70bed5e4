package dev.interviewlab.search;

import dev.interviewlab.topic.LocalizedText;

import java.util.List;

/**
 * What the search index knows of a topic: its texts in both languages, bodies as plain text.
 */
public record IndexedTopic(String slug, String categorySlug, LocalizedText title, LocalizedText summary,
                           LocalizedText bodyText, List<String> tags) {

    public IndexedTopic {
        tags = List.copyOf(tags);
    }
}
