package dev.interviewlab.markdown;

/** One heading of a rendered note, linked from the table of contents. */
public record TocEntry(int level, String anchor, String text) {
}
