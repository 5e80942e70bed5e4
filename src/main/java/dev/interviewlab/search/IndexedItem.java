package dev.interviewlab.search;

import dev.interviewlab.topic.LocalizedText;

import java.util.Comparator;
import java.util.List;

/**
 * What the search index knows of a quiz item: its prompt (plain text) and its options, in both languages,
 * and nothing of its answer. There is deliberately no field for the explanation, the correct options, the
 * accepted answers of fill-in items or the true/false answer.
 */
public record IndexedItem(String key, String topicSlug, LocalizedText topicTitle, LocalizedText prompt,
                          List<LocalizedText> options) {

    public IndexedItem {
        options = List.copyOf(options);
    }

    /**
     * The options' texts in one language, sorted: an ordering item's options are stored in the answer's
     * order, so the index and its snippets never keep that order.
     */
    String optionText(dev.interviewlab.web.Language language) {
        return String.join(" · ", options.stream().map(option -> option.in(language))
                .sorted(Comparator.naturalOrder()).toList());
    }
}
