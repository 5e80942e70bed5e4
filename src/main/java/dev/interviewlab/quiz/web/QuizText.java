package dev.interviewlab.quiz.web;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
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
    // per language: the same text (a figure block is byte for byte the same in both) draws its labels in it
    private final Map<Language, Map<String, String>> blocks = new EnumMap<>(Map.of(
            Language.EN, new ConcurrentHashMap<>(), Language.ZH, new ConcurrentHashMap<>()));
    private final Map<Language, Map<String, String>> inlines = new EnumMap<>(Map.of(
            Language.EN, new ConcurrentHashMap<>(), Language.ZH, new ConcurrentHashMap<>()));
    private final Map<Language, Map<String, String>> plains = new EnumMap<>(Map.of(
            Language.EN, new ConcurrentHashMap<>(), Language.ZH, new ConcurrentHashMap<>()));

    /**
     * Paragraphs, lists and code blocks allowed: prompts and explanations.
     *
     * @param language the quiz's language: picks each figure label's English or Chinese part
     */
    String block(String markdown, Language language) {
        return cached(blocks.get(language), markdown, text -> renderer.render(text, language.locale()).html());
    }

    /** One line, without the wrapping paragraph: option texts inside a label. */
    String inline(String markdown, Language language) {
        return cached(inlines.get(language), markdown, text -> {
            String html = renderer.render(text, language.locale()).html().strip();
            if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
                return html.substring(3, html.length() - 4);
            }
            return html;
        });
    }

    /** One line as plain text (the option of an ordering question, inside a select's option). */
    String plain(String markdown, Language language) {
        return cached(plains.get(language), markdown, text -> org.jsoup.Jsoup.parse(inline(text, language)).text());
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
