package dev.interviewlab.topic;

/** A link to a topic, with its texts in the reader's language. */
public record TopicLink(String slug, String title, String summary, Difficulty difficulty) {
}
