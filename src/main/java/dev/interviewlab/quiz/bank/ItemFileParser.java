package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one quiz item file ({@code db/content/quiz/README.md} is the format) and checks every item
 * on its own: known type and difficulty, both languages, options where the type has them, and an
 * answer that fits the type and names existing options. Checks across files (duplicate ids, topics
 * that exist) belong to {@link QuizBankReader} and {@link QuizBankLoader}.
 */
public final class ItemFileParser {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final Pattern OPTION_KEY = Pattern.compile("[a-z][a-z0-9]{0,9}");
    /** Bounds that keep one item readable on a page and its row within the columns of V2__quiz.sql. */
    static final int MAX_PROMPT = 20_000;
    static final int MAX_EXPLANATION = 50_000;
    static final int MAX_OPTION_TEXT = 2_000;
    static final int MAX_OPTIONS = 12;
    static final int MAX_ACCEPTED = 30;
    static final int MAX_ACCEPTED_LENGTH = 500;
    static final int MAX_KEY_LENGTH = 120;

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
        if (!(fields.get("topic") instanceof String topic) || !SLUG.matcher(topic.strip()).matches()) {
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
            ItemDraft draft = item(file, i + 1, topic.strip(), item);
            if (!keys.add(draft.key())) {
                throw new QuizContentException(file, draft.key(), "duplicate id in this file");
            }
            items.add(draft);
        }
        return new Parsed(topic.strip(), items);
    }

    private static ItemDraft item(String file, int number, String topic, Map<?, ?> fields) {
        Object rawKey = fields.get("id");
        String key = rawKey == null ? null : String.valueOf(rawKey).strip();
        if (key == null || !SLUG.matcher(key).matches() || key.length() > MAX_KEY_LENGTH) {
            throw new QuizContentException(file, key == null ? "#" + number : key,
                    "'id' must be lower-case ASCII words joined by '-', at most " + MAX_KEY_LENGTH + " characters");
        }
        Check check = new Check(file, key);
        ItemType type;
        try {
            type = ItemType.parse(check.text(fields, "type"));
        } catch (IllegalArgumentException e) {
            throw check.fail(e.getMessage());
        }
        Difficulty difficulty;
        try {
            difficulty = Difficulty.parse(check.text(fields, "difficulty"));
        } catch (IllegalArgumentException e) {
            throw check.fail(e.getMessage());
        }
        List<String> tags = tags(check, fields.get("tags"));
        LocalizedText prompt = check.localized(fields.get("prompt"), "prompt", MAX_PROMPT);
        LocalizedText explanation = check.localized(fields.get("explanation"), "explanation", MAX_EXPLANATION);
        List<OptionText> options = options(check, type, fields);
        Object answer = fields.get("answer");

        return switch (type) {
            case SINGLE -> {
                String correct = check.optionId(answer, "'answer' must be one option id, e.g. 'answer: a'");
                check.among(correct, options);
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt,
                        marked(options, Set.of(correct)), null, List.of(), explanation);
            }
            case MULTIPLE -> {
                if (!(answer instanceof List<?> list) || list.isEmpty()) {
                    throw check.fail("'answer' must be a list of at least one option id, e.g. 'answer: [a, c]'");
                }
                Set<String> correct = new LinkedHashSet<>();
                for (Object entry : list) {
                    String id = check.optionId(entry, "'answer' must list option ids");
                    check.among(id, options);
                    if (!correct.add(id)) {
                        throw check.fail("'answer' lists '" + id + "' twice");
                    }
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt, marked(options, correct), null,
                        List.of(), explanation);
            }
            case TRUE_FALSE -> {
                Boolean value = answer instanceof Boolean bool ? bool
                        : "true".equals(answer) ? Boolean.TRUE : "false".equals(answer) ? Boolean.FALSE : null;
                if (value == null) {
                    throw check.fail("'answer' of a true-false item must be true or false");
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt, List.of(), value, List.of(), explanation);
            }
            case FILL_IN -> {
                if (!(answer instanceof List<?> list) || list.isEmpty() || list.size() > MAX_ACCEPTED) {
                    throw check.fail("'answer' must list 1 to " + MAX_ACCEPTED + " accepted answers, e.g. 'answer: [\"TIME_WAIT\"]'");
                }
                List<String> accepted = new ArrayList<>();
                for (Object entry : list) {
                    String text = entry instanceof Map<?, ?> || entry instanceof Collection<?> || entry == null
                            ? "" : String.valueOf(entry).strip();
                    if (text.isEmpty() || text.length() > MAX_ACCEPTED_LENGTH) {
                        throw check.fail("each accepted answer must be a text of 1 to " + MAX_ACCEPTED_LENGTH + " characters");
                    }
                    accepted.add(text);
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt, List.of(), null, accepted, explanation);
            }
            case ORDERING -> {
                if (answer != null) {
                    throw check.fail("an ordering item has no 'answer': list its options in the correct order");
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt, marked(options, Set.of()), null,
                        List.of(), explanation);
            }
        };
    }

    private record OptionText(String key, LocalizedText text) {
    }

    private static List<OptionText> options(Check check, ItemType type, Map<?, ?> fields) {
        Object raw = fields.get("options");
        if (!type.hasOptions()) {
            if (raw != null) {
                throw check.fail("a " + type.code() + " item has no 'options'");
            }
            return List.of();
        }
        if (!(raw instanceof List<?> list) || list.size() < 2 || list.size() > MAX_OPTIONS) {
            throw check.fail("'options' must list 2 to " + MAX_OPTIONS + " options");
        }
        List<OptionText> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> option)) {
                throw check.fail("each option needs 'id', 'en' and 'zh'");
            }
            String id = check.optionId(option.get("id"), "each option needs an 'id' such as a, b, c");
            if (!ids.add(id)) {
                throw check.fail("option id '" + id + "' is used twice");
            }
            options.add(new OptionText(id, check.localized(option, "option '" + id + "'", MAX_OPTION_TEXT)));
        }
        return options;
    }

    private static List<ItemOption> marked(List<OptionText> options, Set<String> correct) {
        return options.stream().map(option -> new ItemOption(option.key(), option.text(), correct.contains(option.key()))).toList();
    }

    private static List<String> tags(Check check, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw check.fail("'tags' must be a list like [tcp, time-wait]");
        }
        List<String> tags = new ArrayList<>();
        for (Object entry : list) {
            String tag = String.valueOf(entry).strip();
            if (!SLUG.matcher(tag).matches() || tag.length() > 60) {
                throw check.fail("tag '" + tag + "' must be lower-case ASCII kebab-case");
            }
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Checks with messages that name the file and the item. */
    private record Check(String file, String item) {

        QuizContentException fail(String problem) {
            return new QuizContentException(file, item, problem);
        }

        String text(Map<?, ?> fields, String key) {
            if (!(fields.get(key) instanceof String text) || text.isBlank()) {
                throw fail("needs a text field '" + key + "'");
            }
            return text.strip();
        }

        String optionId(Object raw, String problem) {
            String id = raw instanceof String || raw instanceof Character ? String.valueOf(raw).strip() : null;
            if (id == null || !OPTION_KEY.matcher(id).matches()) {
                throw fail(problem);
            }
            return id;
        }

        void among(String id, List<OptionText> options) {
            if (options.stream().noneMatch(option -> option.key().equals(id))) {
                throw fail("the answer '" + id + "' is not among the options "
                        + options.stream().map(OptionText::key).toList());
            }
        }

        LocalizedText localized(Object raw, String what, int maxLength) {
            if (!(raw instanceof Map<?, ?> map)) {
                throw fail(what + " needs an 'en' and a 'zh' text");
            }
            String en = scalar(map.get("en"));
            String zh = scalar(map.get("zh"));
            if (en == null || en.isBlank()) {
                throw fail(what + " is missing its English ('en') text");
            }
            if (zh == null || zh.isBlank()) {
                throw fail(what + " is missing its Chinese ('zh') text");
            }
            if (en.length() > maxLength || zh.length() > maxLength) {
                throw fail(what + " is longer than " + maxLength + " characters");
            }
            return new LocalizedText(en.strip(), zh.strip());
        }

        /** A text; YAML turns 60 or 2.5 into numbers, which are still fine as option texts. */
        private static String scalar(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean
                    ? String.valueOf(value) : null;
        }
    }
}
