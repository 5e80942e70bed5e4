package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.web.StorableText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules one quiz item obeys, whether it comes from an item file or from the editor's form: known
 * type and difficulty, both languages, options where the type has them, and an answer that fits the
 * type and names existing options. The item arrives as the fields of one entry of an item file
 * ({@code db/content/quiz/README.md}); every problem found is reported, each with the field it concerns.
 * Rules across items (ids unique in the bank, topics that exist) belong to the callers.
 */
public final class ItemRules {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final Pattern OPTION_KEY = Pattern.compile("[a-z][a-z0-9]{0,9}");
    /** Bounds that keep one item readable on a page and its row within the columns of V2__quiz.sql. */
    public static final int MAX_PROMPT = 20_000;
    public static final int MAX_EXPLANATION = 50_000;
    public static final int MAX_OPTION_TEXT = 2_000;
    public static final int MAX_OPTIONS = 12;
    public static final int MAX_ACCEPTED = 30;
    public static final int MAX_ACCEPTED_LENGTH = 500;
    public static final int MAX_KEY_LENGTH = 120;
    public static final int MAX_TAG_LENGTH = 60;

    /**
     * One broken rule.
     *
     * @param field     where, in the item file's terms: {@code id}, {@code prompt.en}, {@code options[2].id}, {@code answer}, …
     * @param code      names the rule for translated messages ({@code quizediting.rule.<code>})
     * @param arguments values the message names
     * @param text      the English message for item files and logs
     */
    public record Problem(String field, String code, List<Object> arguments, String text) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** An item that breaks one or more rules. */
    public static final class BrokenRules extends RuntimeException {

        private final List<Problem> problems;

        BrokenRules(List<Problem> problems) {
            super(String.join("; ", problems.stream().map(Problem::text).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private ItemRules() {
    }

    public static boolean isKey(String key) {
        return key != null && SLUG.matcher(key).matches() && key.length() <= MAX_KEY_LENGTH;
    }

    /**
     * Checks one item and returns it as a draft of the given topic.
     *
     * @throws BrokenRules naming every problem found
     */
    public static ItemDraft check(String topic, Map<?, ?> fields) {
        Check check = new Check();
        Object rawKey = fields.get("id");
        String key = rawKey == null ? null : String.valueOf(rawKey).strip();
        if (!isKey(key)) {
            check.reject("id", "id", "'id' must be lower-case ASCII words joined by '-', at most "
                    + MAX_KEY_LENGTH + " characters", MAX_KEY_LENGTH);
        }
        ItemType type = null;
        String typeCode = check.text(fields, "type");
        if (typeCode != null) {
            try {
                type = ItemType.parse(typeCode);
            } catch (IllegalArgumentException e) {
                check.reject("type", "type", e.getMessage());
            }
        }
        Difficulty difficulty = null;
        String difficultyCode = check.text(fields, "difficulty");
        if (difficultyCode != null) {
            try {
                difficulty = Difficulty.parse(difficultyCode);
            } catch (IllegalArgumentException e) {
                check.reject("difficulty", "difficulty", e.getMessage());
            }
        }
        List<String> tags = tags(check, fields.get("tags"));
        LocalizedText prompt = check.localized(fields.get("prompt"), "prompt", "prompt", MAX_PROMPT);
        LocalizedText explanation = check.localized(fields.get("explanation"), "explanation", "explanation", MAX_EXPLANATION);
        if (type == null) {
            throw check.broken();
        }
        List<OptionText> options = options(check, type, fields);
        ItemDraft draft = answer(check, type, options, fields.get("answer"), key, topic, difficulty, tags, prompt, explanation);
        if (!check.problems.isEmpty()) {
            throw check.broken();
        }
        return draft;
    }

    private static ItemDraft answer(Check check, ItemType type, List<OptionText> options, Object answer, String key,
                                    String topic, Difficulty difficulty, List<String> tags, LocalizedText prompt,
                                    LocalizedText explanation) {
        return switch (type) {
            case SINGLE -> {
                String correct = check.optionId(answer, "answer", "answer.single", "'answer' must be one option id, e.g. 'answer: a'");
                if (correct != null && !options.isEmpty()) {
                    check.among(correct, options);
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt,
                        marked(options, correct == null ? Set.of() : Set.of(correct)), null, List.of(), explanation);
            }
            case MULTIPLE -> {
                Set<String> correct = new LinkedHashSet<>();
                if (!(answer instanceof List<?> list) || list.isEmpty()) {
                    check.reject("answer", "answer.multiple", "'answer' must be a list of at least one option id, e.g. 'answer: [a, c]'");
                } else {
                    for (Object entry : list) {
                        String id = check.optionId(entry, "answer", "answer.multiple", "'answer' must list option ids");
                        if (id == null) {
                            continue;
                        }
                        if (!options.isEmpty()) {
                            check.among(id, options);
                        }
                        if (!correct.add(id)) {
                            check.reject("answer", "answer.twice", "'answer' lists '" + id + "' twice", id);
                        }
                    }
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt, marked(options, correct), null,
                        List.of(), explanation);
            }
            case TRUE_FALSE -> {
                Boolean value = answer instanceof Boolean bool ? bool
                        : "true".equals(answer) ? Boolean.TRUE : "false".equals(answer) ? Boolean.FALSE : null;
                if (value == null) {
                    check.reject("answer", "answer.true-false", "'answer' of a true-false item must be true or false");
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt, List.of(), value, List.of(), explanation);
            }
            case FILL_IN -> {
                List<String> accepted = new ArrayList<>();
                if (!(answer instanceof List<?> list) || list.isEmpty() || list.size() > MAX_ACCEPTED) {
                    check.reject("answer", "answer.fill-in", "'answer' must list 1 to " + MAX_ACCEPTED
                            + " accepted answers, e.g. 'answer: [\"TIME_WAIT\"]'", MAX_ACCEPTED);
                } else {
                    for (Object entry : list) {
                        String text = entry instanceof Map<?, ?> || entry instanceof Collection<?> || entry == null
                                ? "" : StorableText.of(String.valueOf(entry)).strip();
                        if (text.isEmpty() || text.length() > MAX_ACCEPTED_LENGTH) {
                            check.reject("answer", "answer.fill-in-text", "each accepted answer must be a text of 1 to "
                                    + MAX_ACCEPTED_LENGTH + " characters", MAX_ACCEPTED_LENGTH);
                            break;
                        }
                        accepted.add(text);
                    }
                }
                yield new ItemDraft(key, topic, type, difficulty, tags, prompt, List.of(), null, accepted, explanation);
            }
            case ORDERING -> {
                if (answer != null) {
                    check.reject("answer", "answer.ordering", "an ordering item has no 'answer': list its options in the correct order");
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
                check.reject("options", "options.not-allowed", "a " + type.code() + " item has no 'options'", type.code());
            }
            return List.of();
        }
        if (!(raw instanceof List<?> list) || list.size() < 2 || list.size() > MAX_OPTIONS) {
            check.reject("options", "options.count", "'options' must list 2 to " + MAX_OPTIONS + " options", MAX_OPTIONS);
            return List.of();
        }
        List<OptionText> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "options[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> option)) {
                check.reject(field, "option.entry", "each option needs 'id', 'en' and 'zh'");
                continue;
            }
            String id = check.optionId(option.get("id"), field + ".id", "option.id", "each option needs an 'id' such as a, b, c");
            if (id != null && !ids.add(id)) {
                check.reject(field + ".id", "option.duplicate", "option id '" + id + "' is used twice", id);
            }
            LocalizedText text = check.localized(option, field, "option '" + id + "'", MAX_OPTION_TEXT);
            if (id != null && text != null) {
                options.add(new OptionText(id, text));
            }
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
            check.reject("tags", "tags", "'tags' must be a list like [tcp, time-wait]");
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (Object entry : list) {
            String tag = String.valueOf(entry).strip();
            if (!SLUG.matcher(tag).matches() || tag.length() > MAX_TAG_LENGTH) {
                check.reject("tags", "tag", "tag '" + tag + "' must be lower-case ASCII kebab-case", tag);
            } else if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Collects problems; each check returns null where the value is unusable, so later checks go on. */
    private static final class Check {

        private final List<Problem> problems = new ArrayList<>();

        void reject(String field, String code, String text, Object... arguments) {
            problems.add(new Problem(field, code, List.of(arguments), text));
        }

        BrokenRules broken() {
            return new BrokenRules(problems);
        }

        String text(Map<?, ?> fields, String key) {
            if (!(fields.get(key) instanceof String text) || text.isBlank()) {
                reject(key, "required", "needs a text field '" + key + "'");
                return null;
            }
            return StorableText.of(text).strip();
        }

        String optionId(Object raw, String field, String code, String problem) {
            String id = raw instanceof String || raw instanceof Character ? String.valueOf(raw).strip() : null;
            if (id == null || !OPTION_KEY.matcher(id).matches()) {
                reject(field, code, problem);
                return null;
            }
            return id;
        }

        void among(String id, List<OptionText> options) {
            if (options.stream().noneMatch(option -> option.key().equals(id))) {
                reject("answer", "answer.not-among", "the answer '" + id + "' is not among the options "
                        + options.stream().map(OptionText::key).toList(), id);
            }
        }

        LocalizedText localized(Object raw, String field, String what, int maxLength) {
            if (!(raw instanceof Map<?, ?> map)) {
                reject(field + ".en", "text.missing", what + " needs an 'en' and a 'zh' text");
                return null;
            }
            String en = StorableText.of(scalar(map.get("en")));
            String zh = StorableText.of(scalar(map.get("zh")));
            boolean fine = true;
            if (en == null || en.isBlank()) {
                reject(field + ".en", "text.missing", what + " is missing its English ('en') text");
                fine = false;
            }
            if (zh == null || zh.isBlank()) {
                reject(field + ".zh", "text.missing", what + " is missing its Chinese ('zh') text");
                fine = false;
            }
            if (fine && en.length() > maxLength) {
                reject(field + ".en", "text.too-long", what + " is longer than " + maxLength + " characters", maxLength);
                fine = false;
            }
            if (fine && zh.length() > maxLength) {
                reject(field + ".zh", "text.too-long", what + " is longer than " + maxLength + " characters", maxLength);
                fine = false;
            }
            return fine ? new LocalizedText(en.strip(), zh.strip()) : null;
        }

        /** A text; YAML turns 60 or 2.5 into numbers, which are still fine as option texts. */
        private static String scalar(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean
                    ? String.valueOf(value) : null;
        }
    }
}
