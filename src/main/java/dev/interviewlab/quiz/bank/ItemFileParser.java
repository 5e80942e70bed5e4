package dev.interviewlab.quiz.bank;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one quiz item file ({@code db/content/quiz/README.md} is the format) and checks every item
 * on its own by {@link ItemRules}. Checks across files (duplicate ids, topics that exist) belong to
 * {@link QuizBankReader} and {@link QuizBankLoader}.
 */
public final class ItemFileParser {

    public record Parsed(String topicSlug, List<ItemDraft> items) {
    }

    public Parsed parse(String file, String yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new QuizContentException(file, null, "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> fields)) {
            throw new QuizContentException(file, null, "must be a map with 'topic' and 'items'");
        }
        if (!(fields.get("topic") instanceof String topic) || !ItemRules.SLUG.matcher(topic.strip()).matches()) {
            throw new QuizContentException(file, null, "'topic' must be the slug of a built-in topic");
        }
        if (!(fields.get("items") instanceof List<?> entries)) {
            throw new QuizContentException(file, null, "'items' must be a list of items");
        }
        List<ItemDraft> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> item)) {
                throw new QuizContentException(file, "#" + (i + 1), "each item must be a set of fields");
            }
            ItemDraft draft;
            try {
                draft = ItemRules.check(topic.strip(), item);
            } catch (ItemRules.BrokenRules e) {
                Object key = item.get("id");
                throw new QuizContentException(file, ItemRules.isKey(key == null ? null : String.valueOf(key).strip())
                        ? String.valueOf(key).strip() : "#" + (i + 1), e.getMessage());
            }
            if (!keys.add(draft.key())) {
                throw new QuizContentException(file, draft.key(), "duplicate id in this file");
            }
            items.add(draft);
        }
        return new Parsed(topic.strip(), items);
    }
}
