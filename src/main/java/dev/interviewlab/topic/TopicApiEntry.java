package dev.interviewlab.topic;

import java.util.List;

/** One topic in {@code GET /api/topics}; texts in the requested language. */
public record TopicApiEntry(String slug, String title, String summary, String category, String categoryName,
                            String difficulty, List<String> tags) {
}
