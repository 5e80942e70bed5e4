package dev.interviewlab.topic;

import dev.interviewlab.markdown.RenderedMarkdown;

import java.time.Instant;

/** A note as its print view shows it, in the reader's language: no navigation, only the text. */
public record PrintedNote(String slug, String title, String summary, String categoryName, Instant updatedAt,
                          RenderedMarkdown body) {
}
