package dev.interviewlab.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown → sanitized HTML with heading anchors, a table of contents, tables, task lists and
 * highlighted code. Thread-safe: commonmark's parser and renderers are immutable.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            HeadingAnchorExtension.create(),
            TaskListItemsExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer htmlRenderer;
    private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer() {
        CodeHighlighter highlighter = new CodeHighlighter();
        this.htmlRenderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .nodeRendererFactory(context -> new HighlightedCodeBlockRenderer(context, highlighter))
                .build();
    }

    public RenderedMarkdown render(String markdown) {
        Node document = parser.parse(markdown);
        Document safe = sanitizer.sanitize(htmlRenderer.render(document));
        labelTaskCheckboxes(safe);
        return new RenderedMarkdown(safe.body().html(), tableOfContents(safe), plainText(document));
    }

    /** The text without markup, for the search index and summaries. */
    public String plainText(String markdown) {
        return plainText(parser.parse(markdown));
    }

    private String plainText(Node document) {
        return textRenderer.render(document).strip();
    }

    /** A task list's checkbox is read out with its item's text, so screen readers know what is done. */
    private static void labelTaskCheckboxes(Document html) {
        for (Element checkbox : html.select("li > input[type=checkbox]")) {
            checkbox.attr("aria-label", checkbox.parent().text());
        }
    }

    private static List<TocEntry> tableOfContents(Document html) {
        List<TocEntry> entries = new ArrayList<>();
        for (Element heading : html.select("h2[id], h3[id]")) {
            int level = heading.tagName().charAt(1) - '0';
            entries.add(new TocEntry(level, heading.id(), heading.text()));
        }
        return entries;
    }
}
