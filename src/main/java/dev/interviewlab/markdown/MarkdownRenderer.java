package dev.interviewlab.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import dev.interviewlab.markdown.diagram.Diagram;
import dev.interviewlab.markdown.diagram.DiagramException;
import dev.interviewlab.markdown.diagram.DiagramParser;
import dev.interviewlab.markdown.diagram.DiagramRenderer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Markdown → sanitized HTML with heading anchors, a table of contents, tables, task lists,
 * highlighted code and figures: a fenced {@code diagram} block becomes an inline SVG figure in the
 * body's language, inserted after sanitizing (the sanitizer drops SVG). Thread-safe: commonmark's
 * parser and renderers are immutable.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            HeadingAnchorExtension.create(),
            TaskListItemsExtension.create());

    private static final String DIAGRAM = "diagram";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final DiagramParser diagramParser = new DiagramParser();
    private final DiagramRenderer diagramRenderer = new DiagramRenderer();
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

    /**
     * @param language picks each figure label's English or Chinese part ({@code zh} or anything
     *                 else). A figure that cannot be read is shown as its code with the problem
     *                 above it; {@link #checkDiagrams} is how input is refused.
     */
    public RenderedMarkdown render(String markdown, Locale language) {
        Node document = parser.parse(markdown);
        String token = "diagram-" + UUID.randomUUID();
        Map<String, String> figures = new LinkedHashMap<>();
        List<Text> placeholders = new ArrayList<>();
        List<String> figureTexts = new ArrayList<>();
        for (FencedCodeBlock block : diagramBlocks(document)) {
            try {
                Diagram diagram = diagramParser.parse(block.getLiteral(), firstLine(block));
                String key = token + "-" + figures.size();
                figures.put(key, diagramRenderer.figure(diagram, language));
                Text placeholder = new Text(key);
                Paragraph paragraph = new Paragraph();
                paragraph.appendChild(placeholder);
                block.insertBefore(paragraph);
                block.unlink();
                placeholders.add(placeholder);
                figureTexts.add(diagramRenderer.plainText(diagram, language));
            } catch (DiagramException e) {
                Paragraph problem = new Paragraph();
                problem.appendChild(new Text(e.getMessage()));
                block.insertBefore(problem);
            }
        }
        Document safe = sanitizer.sanitize(htmlRenderer.render(document));
        labelTaskCheckboxes(safe);
        String html = safe.body().html();
        for (Map.Entry<String, String> figure : figures.entrySet()) {
            html = html.replace("<p>" + figure.getKey() + "</p>", figure.getValue());
        }
        for (int i = 0; i < placeholders.size(); i++) {
            placeholders.get(i).setLiteral(figureTexts.get(i));
        }
        return new RenderedMarkdown(html, tableOfContents(safe), plainText(document));
    }

    /** The text without markup, for the search index and summaries; figures give their English words. */
    public String plainText(String markdown) {
        return plainText(markdown, Locale.ENGLISH);
    }

    /** The text without markup in one language: a figure gives its title, description and labels. */
    public String plainText(String markdown, Locale language) {
        Node document = parser.parse(markdown);
        for (FencedCodeBlock block : diagramBlocks(document)) {
            try {
                Diagram diagram = diagramParser.parse(block.getLiteral(), firstLine(block));
                Paragraph words = new Paragraph();
                words.appendChild(new Text(diagramRenderer.plainText(diagram, language)));
                block.insertBefore(words);
                block.unlink();
            } catch (DiagramException e) {
                // the block's own text stays searchable
            }
        }
        return plainText(document);
    }

    /**
     * The text for the search index in one language: the prose without markup, and each readable
     * figure's words apart from it (a figure that cannot be read stays in the prose as its code).
     */
    public SearchableText searchableText(String markdown, Locale language) {
        Node document = parser.parse(markdown);
        List<SearchableText.FigureWords> figures = new ArrayList<>();
        for (FencedCodeBlock block : diagramBlocks(document)) {
            try {
                Diagram diagram = diagramParser.parse(block.getLiteral(), firstLine(block));
                figures.add(new SearchableText.FigureWords(diagram.title().in(language).replace('\n', ' ').strip(),
                        diagramRenderer.plainText(diagram, language)));
                block.unlink();
            } catch (DiagramException e) {
                // the block's own text stays searchable
            }
        }
        return new SearchableText(plainText(document), figures);
    }

    /**
     * Reads every figure of the Markdown, as saving a note requires.
     *
     * @return the figures in order
     * @throws DiagramException for the first figure that cannot be drawn, or whose id an earlier
     *                          one has; its line counts from the Markdown's first line as 1
     */
    public List<DiagramBlock> checkDiagrams(String markdown) {
        List<DiagramBlock> blocks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FencedCodeBlock block : diagramBlocks(parser.parse(markdown))) {
            Diagram diagram = diagramParser.parse(block.getLiteral(), firstLine(block));
            if (!ids.add(diagram.id())) {
                throw DiagramException.duplicateFigure(firstLine(block), diagram.id());
            }
            blocks.add(new DiagramBlock(diagram.id(), block.getLiteral(), firstLine(block), diagram));
        }
        return blocks;
    }

    private static List<FencedCodeBlock> diagramBlocks(Node document) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                if (info.equals(DIAGRAM) || info.startsWith(DIAGRAM + " ")) {
                    blocks.add(block);
                }
            }
        });
        return blocks;
    }

    /** The 1-based line of the block's first line of text (the line after its opening fence). */
    private static int firstLine(FencedCodeBlock block) {
        return block.getSourceSpans().isEmpty() ? 1 : block.getSourceSpans().get(0).getLineIndex() + 2;
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
