package dev.interviewlab.topic;

import java.util.List;
import java.util.Objects;

/**
 * The content of a topic as it arrives from a built-in file or an import, before it is stored.
 *
 * @param simulation the simulation that shows this topic ({@code tcp}, {@code cache}, {@code git}) or null
 */
public record TopicDraft(
        String slug,
        String categorySlug,
        Difficulty difficulty,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText body,
        List<String> tags,
        List<String> related,
        String simulation) {

    public TopicDraft {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(categorySlug, "categorySlug");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        tags = List.copyOf(tags);
        related = List.copyOf(related);
    }
}
