package dev.interviewlab.quiz.editing;

import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemRules;
import dev.interviewlab.quiz.bank.ItemType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's form for one item of any type. It becomes an entry of an item file, so
 * {@link ItemRules} checks it exactly as the bank loader checks files; the problems found come back
 * to the fields they concern. Fields of other types than the chosen one are ignored.
 */
public class ItemForm {

    /** Empty option rows offered below the filled ones, so a form without script can grow. */
    static final int SPARE_ROWS = 2;

    private String key = "";
    private String topicSlug = "";
    private String type = ItemType.SINGLE.code();
    private String difficulty = "beginner";
    private String tags = "";
    private String promptEn = "";
    private String promptZh = "";
    private String explanationEn = "";
    private String explanationZh = "";
    private List<OptionRow> options = new ArrayList<>();
    private String trueFalse = "";
    private String accepted = "";
    private Long version;
    /** What changed, in the editor's words; kept with the revision. */
    private String summary = "";

    public static class OptionRow {

        private String key = "";
        private String en = "";
        private String zh = "";
        private boolean correct;

        public OptionRow() {
        }

        OptionRow(String key, String en, String zh, boolean correct) {
            this.key = key;
            this.en = en;
            this.zh = zh;
            this.correct = correct;
        }

        boolean isBlank() {
            return blank(key) && blank(en) && blank(zh);
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key == null ? "" : key;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en == null ? "" : en;
        }

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh == null ? "" : zh;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
    }

    /** A new item: two options to start from. */
    static ItemForm empty(String topicSlug) {
        ItemForm form = new ItemForm();
        form.topicSlug = topicSlug == null ? "" : topicSlug;
        return form.withSpareRows();
    }

    static ItemForm of(ItemDraft item, long version) {
        ItemForm form = new ItemForm();
        form.key = item.key();
        form.topicSlug = item.topicSlug();
        form.type = item.type().code();
        form.difficulty = item.difficulty().name().toLowerCase(Locale.ROOT);
        form.tags = String.join(", ", item.tags());
        form.promptEn = item.prompt().en();
        form.promptZh = item.prompt().zh();
        form.explanationEn = item.explanation().en();
        form.explanationZh = item.explanation().zh();
        for (ItemOption option : item.options()) {
            form.options.add(new OptionRow(option.key(), option.text().en(), option.text().zh(), option.correct()));
        }
        form.trueFalse = item.trueFalseAnswer() == null ? "" : item.trueFalseAnswer().toString();
        form.accepted = String.join("\n", item.accepted());
        form.version = version;
        return form.withSpareRows();
    }

    /** Adds empty option rows up to {@link #SPARE_ROWS} spare ones, within the bank's limit of options. */
    ItemForm withSpareRows() {
        while (options.stream().filter(OptionRow::isBlank).count() < SPARE_ROWS && options.size() < ItemRules.MAX_OPTIONS) {
            options.add(new OptionRow());
        }
        return this;
    }

    /** The chosen type, or null when the form names none that exists. */
    ItemType itemType() {
        return Arrays.stream(ItemType.values()).filter(candidate -> candidate.code().equals(type)).findFirst().orElse(null);
    }

    /** This form as an entry of an item file ({@code db/content/quiz/README.md}). */
    Map<String, Object> itemFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", strip(key));
        fields.put("type", strip(type));
        fields.put("difficulty", strip(difficulty));
        fields.put("tags", Arrays.stream(strip(tags).split("[,\\s]+")).filter(tag -> !tag.isEmpty()).toList());
        fields.put("prompt", texts(promptEn, promptZh));
        fields.put("explanation", texts(explanationEn, explanationZh));
        ItemType itemType = itemType();
        if (itemType == null) {
            return fields;
        }
        if (itemType.hasOptions()) {
            List<Map<String, Object>> entries = new ArrayList<>();
            List<String> correct = new ArrayList<>();
            for (OptionRow row : filledRows()) {
                Map<String, Object> entry = texts(row.en, row.zh);
                entry.put("id", strip(row.key));
                entries.add(entry);
                if (row.correct) {
                    correct.add(strip(row.key));
                }
            }
            fields.put("options", entries);
            if (itemType == ItemType.SINGLE) {
                fields.put("answer", correct.size() == 1 ? correct.get(0) : correct.isEmpty() ? null : correct);
            } else if (itemType == ItemType.MULTIPLE) {
                fields.put("answer", correct);
            }
        } else if (itemType == ItemType.TRUE_FALSE) {
            fields.put("answer", strip(trueFalse));
        } else {
            fields.put("answer", Arrays.stream(strip(accepted).split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        return fields;
    }

    /**
     * The form field a rule's field stands for.
     *
     * @param field as {@link ItemRules.Problem#field()} names it
     */
    String formField(String field) {
        if (field.startsWith("options[")) {
            int end = field.indexOf(']');
            int row = rowOf(Integer.parseInt(field.substring("options[".length(), end)));
            String rest = field.substring(end + 1);
            return "options[" + row + "]." + switch (rest) {
                case ".en" -> "en";
                case ".zh" -> "zh";
                default -> "key";
            };
        }
        return switch (field) {
            case "id" -> "key";
            case "prompt.en" -> "promptEn";
            case "prompt.zh" -> "promptZh";
            case "explanation.en" -> "explanationEn";
            case "explanation.zh" -> "explanationZh";
            case "answer" -> itemType() == ItemType.TRUE_FALSE ? "trueFalse"
                    : itemType() == ItemType.FILL_IN ? "accepted" : "options";
            default -> field; // type, difficulty, tags, options
        };
    }

    private List<OptionRow> filledRows() {
        return options.stream().filter(row -> !row.isBlank()).toList();
    }

    /** The row of the form that holds the n-th filled option. */
    private int rowOf(int filledIndex) {
        int seen = -1;
        for (int row = 0; row < options.size(); row++) {
            if (!options.get(row).isBlank() && ++seen == filledIndex) {
                return row;
            }
        }
        return 0;
    }

    private static Map<String, Object> texts(String en, String zh) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("en", en == null ? "" : en);
        texts.put("zh", zh == null ? "" : zh);
        return texts;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    public String getTopicSlug() {
        return topicSlug;
    }

    public void setTopicSlug(String topicSlug) {
        this.topicSlug = topicSlug == null ? "" : topicSlug;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty == null ? "" : difficulty;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags == null ? "" : tags;
    }

    public String getPromptEn() {
        return promptEn;
    }

    public void setPromptEn(String promptEn) {
        this.promptEn = promptEn == null ? "" : promptEn;
    }

    public String getPromptZh() {
        return promptZh;
    }

    public void setPromptZh(String promptZh) {
        this.promptZh = promptZh == null ? "" : promptZh;
    }

    public String getExplanationEn() {
        return explanationEn;
    }

    public void setExplanationEn(String explanationEn) {
        this.explanationEn = explanationEn == null ? "" : explanationEn;
    }

    public String getExplanationZh() {
        return explanationZh;
    }

    public void setExplanationZh(String explanationZh) {
        this.explanationZh = explanationZh == null ? "" : explanationZh;
    }

    public List<OptionRow> getOptions() {
        return options;
    }

    public void setOptions(List<OptionRow> options) {
        this.options = options == null ? new ArrayList<>() : options;
    }

    public String getTrueFalse() {
        return trueFalse;
    }

    public void setTrueFalse(String trueFalse) {
        this.trueFalse = trueFalse == null ? "" : trueFalse;
    }

    public String getAccepted() {
        return accepted;
    }

    public void setAccepted(String accepted) {
        this.accepted = accepted == null ? "" : accepted;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? "" : summary;
    }
}
