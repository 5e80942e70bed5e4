package dev.interviewlab.search;

/**
 * One search result.
 *
 * @param snippet HTML: escaped text in which the matched words are wrapped in {@code <mark>}
 */
public record SearchHit(String slug, String title, String category, String snippet, float score) {
}
