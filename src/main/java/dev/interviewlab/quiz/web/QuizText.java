package dev.interviewlab.quiz.web;

import dev.interviewlab.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item texts (Markdown) as safe HTML, rendered once per distinct text: a page of ten questions
 * would otherwise render dozens of snippets per request. Keyed by the text itself, so a changed
 * item can never show a stale rendering.
 */
@Component
class QuizText {

    /** Bounds memory: the whole bank is about 150 items × 2 languages × a few texts. */
    static final int MAX_ENTRIES = 20_000;

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Map<String, String> blocks = new ConcurrentHashMap<>();
    private final Map<String, String> inlines = new ConcurrentHashMap<>();
    private final Map<String, String> plains = new ConcurrentHashMap<>();

    /** Paragraphs, lists and code blocks allowed: prompts and explanations. */
    String block(String markdown) {
        return cached(blocks, markdown, text -> renderer.render(text).html());
    }

    /** One line, without the wrapping paragraph: option texts inside a label. */
    String inline(String markdown) {
        return cached(inlines, markdown, text -> {
            String html = renderer.render(text).html().strip();
            if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
                return html.substring(3, html.length() - 4);
            }
            return html;
        });
    }

    /** One line as plain text (the option of an ordering question, inside a select's option). */
    String plain(String markdown) {
        return cached(plains, markdown, text -> org.jsoup.Jsoup.parse(inline(text)).text());
    }

    private static String cached(Map<String, String> cache, String text, java.util.function.UnaryOperator<String> render) {
        String html = cache.get(text);
        if (html == null) {
            html = render.apply(text);
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(text, html);
        }
        return html;
    }
}
