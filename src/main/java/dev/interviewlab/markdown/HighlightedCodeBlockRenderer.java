package dev.interviewlab.markdown;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Map;
import java.util.Set;

/** Renders code blocks as {@code <pre><code class="language-x">} with highlighting spans inside. */
final class HighlightedCodeBlockRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final CodeHighlighter highlighter;

    HighlightedCodeBlockRenderer(HtmlNodeRendererContext context, CodeHighlighter highlighter) {
        this.html = context.getWriter();
        this.highlighter = highlighter;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        String code;
        String language = null;
        if (node instanceof FencedCodeBlock fenced) {
            code = fenced.getLiteral();
            language = fenced.getInfo();
        } else {
            code = ((IndentedCodeBlock) node).getLiteral();
        }
        String canonical = CodeHighlighter.canonicalLanguage(language);
        html.line();
        html.tag("pre");
        html.tag("code", canonical == null ? Map.of() : Map.of("class", "language-" + canonical));
        html.raw(highlighter.highlight(code, language));
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }
}
