package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.LocalizedText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item written as an item file of its topic ({@code db/content/quiz/README.md}), so it reads
 * like the bank and {@link ItemFileParser} reads it back to the same draft: the text of revisions.
 */
public final class ItemYaml {

    private ItemYaml() {
    }

    public static String write(ItemDraft item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", item.key());
        fields.put("type", item.type().code());
        fields.put("difficulty", item.difficulty().name().toLowerCase(java.util.Locale.ROOT));
        fields.put("tags", item.tags());
        fields.put("prompt", texts(item.prompt()));
        if (item.type().hasOptions()) {
            List<Map<String, Object>> options = new ArrayList<>();
            for (ItemOption option : item.options()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", option.key());
                entry.putAll(texts(option.text()));
                options.add(entry);
            }
            fields.put("options", options);
        }
        switch (item.type()) {
            case SINGLE -> fields.put("answer", item.options().stream().filter(ItemOption::correct)
                    .map(ItemOption::key).findFirst().orElse(null));
            case MULTIPLE -> fields.put("answer", item.options().stream().filter(ItemOption::correct).map(ItemOption::key).toList());
            case TRUE_FALSE -> fields.put("answer", item.trueFalseAnswer());
            case FILL_IN -> fields.put("answer", item.accepted());
            case ORDERING -> {
                // the options' order is the answer
            }
        }
        fields.put("explanation", texts(item.explanation()));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("topic", item.topicSlug());
        file.put("items", List.of(fields));
        return yaml().dump(file);
    }

    /** Reads back what {@link #write(ItemDraft)} wrote, checked by the same rules as an item file. */
    public static ItemDraft read(String yaml) {
        List<ItemDraft> items = new ItemFileParser().parse("revision", yaml).items();
        if (items.size() != 1) {
            throw new QuizContentException("revision", null, "holds " + items.size() + " items, not one");
        }
        return items.get(0);
    }

    private static Map<String, Object> texts(LocalizedText text) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("en", text.en());
        texts.put("zh", text.zh());
        return texts;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return new Yaml(new MarkdownRepresenter(options), options);
    }

    /** Markdown of several lines as a literal block, so a diff of two revisions shows changed lines. */
    private static final class MarkdownRepresenter extends Representer {

        MarkdownRepresenter(DumperOptions options) {
            super(options);
            representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : defaultScalarStyle);
            });
        }
    }
}
