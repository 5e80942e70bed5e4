package dev.interviewlab.quiz.editing;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.quiz.bank.ItemRules;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prompts and explanations as learners will see them, rendered and sanitized by the site's renderer,
 * for the form's Preview button. The live preview while typing uses the editors' preview endpoint
 * ({@code /editor/topics/preview}) through frontend/js/editor.js.
 */
@Component
class MarkdownPreview {

    /** The longest text of an item; a longer one gets no preview (the form refuses it anyway). */
    static final int MAX_LENGTH = ItemRules.MAX_EXPLANATION;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** Field name → HTML, for the form's texts that are not blank. */
    Map<String, String> of(ItemForm form) {
        Map<String, String> previews = new LinkedHashMap<>();
        put(previews, "promptEn", form.getPromptEn(), Language.EN);
        put(previews, "promptZh", form.getPromptZh(), Language.ZH);
        put(previews, "explanationEn", form.getExplanationEn(), Language.EN);
        put(previews, "explanationZh", form.getExplanationZh(), Language.ZH);
        return previews;
    }

    /** @param language the text's language: its figures draw their labels in it, as the quiz will */
    private void put(Map<String, String> previews, String field, String markdown, Language language) {
        if (!markdown.isBlank() && markdown.length() <= MAX_LENGTH) {
            previews.put(field, renderer.render(markdown, language.locale()).html());
        }
    }
}
