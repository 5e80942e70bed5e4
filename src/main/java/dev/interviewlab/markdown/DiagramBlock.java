package dev.interviewlab.markdown;

import dev.interviewlab.markdown.diagram.Diagram;

/**
 * A {@code diagram} block of a Markdown text.
 *
 * @param id      the figure's id
 * @param source  the block's text between the fences, exactly as written
 * @param line    the 1-based line of the block's first line of text
 * @param diagram what it draws
 */
public record DiagramBlock(String id, String source, int line, Diagram diagram) {
}
