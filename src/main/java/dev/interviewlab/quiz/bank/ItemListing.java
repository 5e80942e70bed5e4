package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;

import java.time.Instant;

/** One line of the editor's item list. */
public record ItemListing(String key, String topicSlug, ItemType type, Difficulty difficulty, LocalizedText prompt,
                          boolean edited, boolean retired, Instant updatedAt) {

    /** Used by the JPQL constructor expression in {@link QuizItemRepository}. */
    public ItemListing(String key, String topicSlug, ItemType type, Difficulty difficulty, String promptEn,
                       String promptZh, boolean edited, boolean retired, Instant updatedAt) {
        this(key, topicSlug, type, difficulty, new LocalizedText(promptEn, promptZh), edited, retired, updatedAt);
    }
}
