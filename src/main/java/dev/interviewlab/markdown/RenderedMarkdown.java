package dev.interviewlab.markdown;

import java.util.List;

/**
 * Markdown turned into sanitized HTML.
 *
 * @param html            safe to insert into a page unescaped
 * @param tableOfContents the level-2 and level-3 headings, in order
 * @param plainText       the text without markup, for search and summaries
 */
public record RenderedMarkdown(String html, List<TocEntry> tableOfContents, String plainText) {

    public RenderedMarkdown {
        tableOfContents = List.copyOf(tableOfContents);
    }
}
