package dev.interviewlab.quiz;

import dev.interviewlab.quiz.bank.AnswerKey;
import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.topic.TopicRepository;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Topics and items with names of their own, so tests can share a database (CI's PostgreSQL pass)
 * without seeing each other's rows.
 */
public final class QuizTestData {

    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final QuizItemRepository items;
    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public QuizTestData(CategoryRepository categories, TopicRepository topics, QuizItemRepository items) {
        this.categories = categories;
        this.topics = topics;
        this.items = items;
    }

    public String category(String name) {
        String slug = name + "-" + suffix;
        categories.save(new Category(slug, 99, new LocalizedText(name, name + "（中）"), new LocalizedText("d", "描述")));
        return slug;
    }

    public String topic(String name, String categorySlug) {
        String slug = name + "-" + suffix;
        Category category = categories.findBySlug(categorySlug).orElseThrow();
        topics.save(Topic.builtIn(new TopicDraft(slug, categorySlug, Difficulty.BEGINNER, new LocalizedText(name, name + "（中）"),
                new LocalizedText("s", "摘要"), new LocalizedText("body", "正文"), List.of(), List.of(), null),
                category, "hash", Instant.parse("2030-01-01T00:00:00Z")));
        return slug;
    }

    public static LocalizedText text(String en) {
        return new LocalizedText(en, en + "（中文）");
    }

    /** One item of each type on the topic, keys "single-…", "multiple-…", … with answers b, [a, c], true, TIME_WAIT, [a, b, c]. */
    public List<QuizItem> oneOfEachType(String topicSlug, Difficulty difficulty) {
        String key = topicSlug + "-" + difficulty.name().toLowerCase();
        List<ItemOption> abcd = List.of(new ItemOption("a", text("A"), false), new ItemOption("b", text("B"), true),
                new ItemOption("c", text("C"), false), new ItemOption("d", text("D"), false));
        List<ItemOption> multiple = List.of(new ItemOption("a", text("A"), true), new ItemOption("b", text("B"), false),
                new ItemOption("c", text("C"), true), new ItemOption("d", text("D"), false));
        List<ItemOption> order = List.of(new ItemOption("a", text("First"), false), new ItemOption("b", text("Second"), false),
                new ItemOption("c", text("Third"), false));
        return List.of(
                save(new ItemDraft("single-" + key, topicSlug, ItemType.SINGLE, difficulty, List.of("x"), text("Pick B"), abcd, null,
                        List.of(), text("B it is"))),
                save(new ItemDraft("multiple-" + key, topicSlug, ItemType.MULTIPLE, difficulty, List.of(), text("Pick A and C"),
                        multiple, null, List.of(), text("A and C"))),
                save(new ItemDraft("truth-" + key, topicSlug, ItemType.TRUE_FALSE, difficulty, List.of(), text("True?"), List.of(),
                        true, List.of(), text("True"))),
                save(new ItemDraft("fill-" + key, topicSlug, ItemType.FILL_IN, difficulty, List.of(), text("Name the state"),
                        List.of(), null, List.of("TIME_WAIT", "time wait"), text("TIME_WAIT"))),
                save(new ItemDraft("order-" + key, topicSlug, ItemType.ORDERING, difficulty, List.of(), text("Order them"), order,
                        null, List.of(), text("First, second, third"))));
    }

    private QuizItem save(ItemDraft draft) {
        return items.save(QuizItem.builtIn(draft, "test:" + suffix, "hash", Instant.parse("2030-01-01T00:00:00Z")));
    }

    /** The right answer to an item as the quiz page's form fields would send it. */
    public static String rightAnswerAsForm(AnswerKey key) {
        if (key instanceof AnswerKey.Single single) {
            return "choice=" + single.option();
        } else if (key instanceof AnswerKey.Multiple multiple) {
            return String.join("&", multiple.options().stream().sorted().map(option -> "choices=" + option).toList());
        } else if (key instanceof AnswerKey.TrueFalse truth) {
            return "choice=" + truth.value();
        } else if (key instanceof AnswerKey.FillIn fillIn) {
            return "text=" + URLEncoder.encode(" " + fillIn.accepted().get(0).toLowerCase() + " ", StandardCharsets.UTF_8);
        }
        return String.join("&", ((AnswerKey.Ordering) key).order().stream().map(option -> "order=" + option).toList());
    }
}
