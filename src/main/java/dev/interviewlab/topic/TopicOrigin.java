package dev.interviewlab.topic;

/** Where a topic came from; decides whether the built-in loader may overwrite it. */
public enum TopicOrigin {
    /** Loaded from {@code db/content/topics}. */
    BUILT_IN,
    /** Uploaded by a user through the importer. */
    IMPORTED,
    /** Written in the site's editor. */
    EDITOR
}
