package dev.interviewlab.topic;

import java.time.Instant;

/** A topic as lists show it: no body, so list pages stay one cheap query. */
public record TopicSummary(
        String slug,
        LocalizedText title,
        LocalizedText summary,
        Difficulty difficulty,
        String categorySlug,
        LocalizedText categoryName,
        int categoryPosition,
        Instant updatedAt) {

    /** Used by the JPQL constructor expressions in {@link TopicRepository}. */
    public TopicSummary(String slug, String titleEn, String titleZh, String summaryEn, String summaryZh,
                        Difficulty difficulty, String categorySlug, String categoryNameEn, String categoryNameZh,
                        int categoryPosition, Instant updatedAt) {
        this(slug, new LocalizedText(titleEn, titleZh), new LocalizedText(summaryEn, summaryZh), difficulty,
                categorySlug, new LocalizedText(categoryNameEn, categoryNameZh), categoryPosition, updatedAt);
    }
}
