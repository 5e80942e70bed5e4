package dev.interviewlab.topic;

import dev.interviewlab.markdown.RenderedMarkdown;

import java.time.Instant;
import java.util.List;

/** Everything the topic page shows, in the reader's language. */
public record TopicPage(
        String slug,
        String title,
        String summary,
        Difficulty difficulty,
        String categorySlug,
        String categoryName,
        List<String> tags,
        Instant updatedAt,
        RenderedMarkdown body,
        List<TopicLink> related,
        TopicLink previous,
        TopicLink next,
        boolean imported,
        String simulation) {
}
