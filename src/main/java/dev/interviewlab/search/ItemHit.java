package dev.interviewlab.search;

/**
 * A quiz item found by a search: where it belongs and what its prompt says, never its answer.
 *
 * @param snippet HTML: the escaped prompt (or options) in which the matched words are wrapped in {@code <mark>}
 */
public record ItemHit(String key, String topicSlug, String topicTitle, String snippet) {
}
