package dev.interviewlab.topic;

import java.util.List;

/** A category with its topics, in the reader's language. */
public record CategoryListing(String slug, String name, String description, List<TopicLink> topics) {
}
