package dev.interviewlab.topic.content;

import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.TopicDraft;

import java.util.List;

/** Everything under {@code db/content}, parsed and checked. */
public record BuiltInContent(List<Category> categories, List<TopicFile> topics) {

    /** One topic file with the SHA-256 of its bytes, so unchanged files can be skipped. */
    public record TopicFile(String path, String sha256, TopicDraft draft) {
    }

    public BuiltInContent {
        categories = List.copyOf(categories);
        topics = List.copyOf(topics);
    }
}
