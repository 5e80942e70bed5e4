package dev.interviewlab.progress;

import java.time.Instant;
import java.util.List;

/**
 * A learner's progress in the reader's language: per category, the topics read, bookmarked and
 * quizzed; then the bookmarks, newest first.
 *
 * @param topics all topics on the site
 */
public record ProgressReport(List<CategoryProgress> categories, List<BookmarkEntry> bookmarks, int topics, int read,
                             int quizzed) {

    public ProgressReport {
        categories = List.copyOf(categories);
        bookmarks = List.copyOf(bookmarks);
    }

    /** @param quizPercent over the questions on this category's topics in the recent finished quizzes; null if none */
    public record CategoryProgress(String slug, String name, List<TopicProgress> topics, int read, int bookmarked,
                                   int quizQuestions, Double quizPercent) {
        public CategoryProgress {
            topics = List.copyOf(topics);
        }
    }

    /**
     * @param bookmarkId null when not bookmarked
     * @param readAt null when not marked read
     * @param quizQuestions questions on this topic in the recent finished quizzes (0 if none)
     * @param quizPercent null when never quizzed
     */
    public record TopicProgress(String slug, String title, Long bookmarkId, Instant readAt, int quizQuestions,
                                Double quizPercent) {
    }

    public record BookmarkEntry(long id, String slug, String title, Instant createdAt) {
    }
}
