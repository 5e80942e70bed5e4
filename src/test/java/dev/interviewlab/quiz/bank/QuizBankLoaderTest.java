package dev.interviewlab.quiz.bank;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class QuizBankLoaderTest {

    @Autowired
    QuizBankLoader loader;

    @Autowired
    QuizItemRepository items;

    @Autowired
    BankFileRepository files;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    TestEntityManager entityManager;

    private QuizTestData data;
    private String topic;

    @BeforeEach
    void setUp() {
        data = new QuizTestData(categories, topics, items);
        topic = data.topic("loader", data.category("loader-category"));
    }

    private ItemDraft draft(String key, String prompt) {
        return new ItemDraft(key + "-" + data.suffix, topic, ItemType.TRUE_FALSE, Difficulty.BEGINNER, List.of("t"),
                QuizTestData.text(prompt), List.of(), true, List.of(), QuizTestData.text("because"));
    }

    private ItemFile file(String hash, ItemDraft... drafts) {
        return new ItemFile("test:" + data.suffix + "/loader.yaml", hash, topic, List.of(drafts));
    }

    @Test
    void loadingTheSameFileTwiceChangesNothingTheSecondTime() {
        ItemFile file = file("hash-1", draft("one", "One?"), draft("two", "Two?"));

        QuizBankLoader.LoadReport first = loader.load(List.of(file));
        entityManager.flush();
        QuizBankLoader.LoadReport second = loader.load(List.of(file));

        assertThat(first).isEqualTo(new QuizBankLoader.LoadReport(2, 0, 0, 0, 0));
        assertThat(second).isEqualTo(new QuizBankLoader.LoadReport(0, 0, 2, 0, 0));
        assertThat(files.findById(file.location())).get().extracting(BankFile::getSha256).isEqualTo("hash-1");
    }

    @Test
    void aChangedFileUpdatesItsItemsAndRetiresThoseThatLeftIt() {
        loader.load(List.of(file("hash-1", draft("one", "One?"), draft("two", "Two?"))));
        entityManager.flush();

        QuizBankLoader.LoadReport report = loader.load(List.of(file("hash-2", draft("one", "One, revised?"))));
        entityManager.flush();
        entityManager.clear();

        assertThat(report).isEqualTo(new QuizBankLoader.LoadReport(0, 1, 0, 0, 1));
        assertThat(items.findByKey("one-" + data.suffix).orElseThrow().getPrompt().en()).isEqualTo("One, revised?");
        assertThat(items.findByKey("two-" + data.suffix).orElseThrow().isRetired()).isTrue();
        assertThat(items.countDrawable()).noneMatch(row -> row[0].equals(topic) && ((Number) row[2]).intValue() > 1);
    }

    @Test
    void anItemChangedInTheSiteIsKept() {
        loader.load(List.of(file("hash-1", draft("one", "One?"))));
        items.findByKey("one-" + data.suffix).orElseThrow().markEditedInSite(Instant.parse("2030-02-01T00:00:00Z"));
        entityManager.flush();

        QuizBankLoader.LoadReport report = loader.load(List.of(file("hash-2", draft("one", "One, revised?"))));
        entityManager.flush();
        entityManager.clear();

        assertThat(report.keptEdited()).isEqualTo(1);
        assertThat(items.findByKey("one-" + data.suffix).orElseThrow().getPrompt().en()).isEqualTo("One?");
    }

    @Test
    void anUnknownTopicStopsTheLoadNamingFileAndItem() {
        ItemFile file = new ItemFile("classpath:db/content/quiz/nowhere.yaml", "h", "no-such-topic-" + data.suffix,
                List.of(draft("lost", "Lost?")));

        assertThatThrownBy(() -> loader.load(List.of(file)))
                .isInstanceOf(QuizContentException.class)
                .hasMessage("classpath:db/content/quiz/nowhere.yaml: item 'lost-" + data.suffix + "': topic 'no-such-topic-"
                        + data.suffix + "' does not exist (it is the topic of every item in this file)");
    }

    @Test
    void aFileThatChangesAnItemsTypeIsRefusedAndTheItemKept() {
        loader.load(List.of(file("hash-1", draft("one", "One?"))));
        entityManager.flush();
        ItemDraft single = new ItemDraft("one-" + data.suffix, topic, ItemType.SINGLE, Difficulty.BEGINNER, List.of("t"),
                QuizTestData.text("Which one?"), List.of(new ItemOption("a", QuizTestData.text("A"), true),
                new ItemOption("b", QuizTestData.text("B"), false)), null, List.of(), QuizTestData.text("because"));

        assertThatThrownBy(() -> loader.load(List.of(file("hash-2", single))))
                .isInstanceOf(QuizContentException.class)
                .hasMessageContaining("item 'one-" + data.suffix + "'")
                .hasMessageContaining("the item is a true-false item and this file makes it single");
        entityManager.clear();
        assertThat(items.findByKey("one-" + data.suffix).orElseThrow().getType()).isEqualTo(ItemType.TRUE_FALSE);
    }

    @Test
    void theFixtureBankLoadsWithItemsOfEveryType() {
        // the fixture files name two real built-in topics; make sure they exist on a fresh database
        if (!topics.existsBySlug("tcp-connection-states")) {
            String category = data.category("fixture-category");
            topics.save(dev.interviewlab.topic.Topic.builtIn(new dev.interviewlab.topic.TopicDraft("tcp-connection-states", category,
                    Difficulty.BEGINNER, QuizTestData.text("TCP"), QuizTestData.text("s"), QuizTestData.text("b"), List.of(), List.of(), null),
                    categories.findBySlug(category).orElseThrow(), "h", Instant.parse("2030-01-01T00:00:00Z")));
            topics.save(dev.interviewlab.topic.Topic.builtIn(new dev.interviewlab.topic.TopicDraft("websocket", category,
                    Difficulty.BEGINNER, QuizTestData.text("WebSocket"), QuizTestData.text("s"), QuizTestData.text("b"), List.of(), List.of(), null),
                    categories.findBySlug(category).orElseThrow(), "h", Instant.parse("2030-01-01T00:00:00Z")));
        }
        loader.load(new QuizBankReader("classpath:quiz-fixtures/valid").read());
        entityManager.flush();
        entityManager.clear();

        QuizItem multiple = items.findByKey("fixture-tcp-close-states").orElseThrow();
        assertThat(multiple.answerKey()).isEqualTo(new AnswerKey.Multiple(java.util.Set.of("a", "c")));
        assertThat(items.findByKey("fixture-tcp-handshake-order").orElseThrow().answerKey())
                .isEqualTo(new AnswerKey.Ordering(List.of("a", "b", "c")));
        assertThat(items.findByKey("fixture-tcp-passive-state").orElseThrow().answerKey())
                .isEqualTo(new AnswerKey.FillIn(List.of("CLOSE_WAIT", "CLOSE-WAIT", "close wait")));
        assertThat(items.findByKey("fixture-websocket-masking").orElseThrow().answerKey()).isEqualTo(new AnswerKey.TrueFalse(false));
        assertThat(items.findByKey("fixture-tcp-time-wait-side").orElseThrow().getPrompt().zh()).contains("TIME_WAIT");
    }
}
