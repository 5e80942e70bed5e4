package dev.interviewlab.quiz.editing;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.quiz.bank.ItemRules;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Prompts and explanations as learners will see them: rendered and sanitized by the site's renderer. */
@Component
class MarkdownPreview {

    /** The longest text of an item; a longer preview request is refused. */
    static final int MAX_LENGTH = ItemRules.MAX_EXPLANATION;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    String html(String markdown) {
        return renderer.render(markdown).html();
    }

    /** Field name → HTML, for the form's texts that are not blank. */
    Map<String, String> of(ItemForm form) {
        Map<String, String> previews = new LinkedHashMap<>();
        put(previews, "promptEn", form.getPromptEn());
        put(previews, "promptZh", form.getPromptZh());
        put(previews, "explanationEn", form.getExplanationEn());
        put(previews, "explanationZh", form.getExplanationZh());
        return previews;
    }

    private void put(Map<String, String> previews, String field, String markdown) {
        if (!markdown.isBlank() && markdown.length() <= MAX_LENGTH) {
            previews.put(field, html(markdown));
        }
    }
}
