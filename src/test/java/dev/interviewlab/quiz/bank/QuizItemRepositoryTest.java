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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class QuizItemRepositoryTest {

    @Autowired
    QuizItemRepository items;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuestionBank bank;

    @Autowired
    TestEntityManager entityManager;

    private QuizTestData data;
    private String category;
    private String topic;

    @BeforeEach
    void setUp() {
        data = new QuizTestData(categories, topics, items);
        category = data.category("repo-category");
        topic = data.topic("repo-topic", category);
        bank.forget();
    }

    @Test
    void storesBothLanguagesOptionsInOrderAcceptedAnswersAndTags() {
        data.oneOfEachType(topic, Difficulty.ADVANCED);
        entityManager.flush();
        entityManager.clear();

        QuizItem single = items.findByKey("single-" + topic + "-advanced").orElseThrow();
        assertThat(single.getPrompt()).isEqualTo(QuizTestData.text("Pick B"));
        assertThat(single.getOptions()).extracting(ItemOption::key).containsExactly("a", "b", "c", "d");
        assertThat(single.getOptions().get(1).text().zh()).isEqualTo("B（中文）");
        assertThat(single.answerKey()).isEqualTo(new AnswerKey.Single("b"));
        assertThat(single.getTags()).containsExactly("x");
        assertThat(items.findByKey("fill-" + topic + "-advanced").orElseThrow().getAccepted()).containsExactly("TIME_WAIT", "time wait");
        assertThat(items.findByKey("order-" + topic + "-advanced").orElseThrow().answerKey())
                .isEqualTo(new AnswerKey.Ordering(List.of("a", "b", "c")));
        assertThat(items.findByKey("multiple-" + topic + "-advanced").orElseThrow().answerKey())
                .isEqualTo(new AnswerKey.Multiple(Set.of("a", "c")));
    }

    @Test
    void theCatalogCountsDrawableItemsPerTopicAndDifficulty() {
        data.oneOfEachType(topic, Difficulty.ADVANCED);
        List<QuizItem> beginner = data.oneOfEachType(topic, Difficulty.BEGINNER);
        beginner.get(0).retire(Instant.parse("2030-01-02T00:00:00Z"));
        entityManager.flush();

        BankCatalog catalog = bank.catalog();
        BankCatalog.BankTopic counted = catalog.topic(topic).orElseThrow();
        assertThat(counted.count(Difficulty.ADVANCED)).isEqualTo(5);
        assertThat(counted.count(Difficulty.BEGINNER)).isEqualTo(4);
        assertThat(counted.total()).isEqualTo(9);
        assertThat(catalog.category(category).orElseThrow().name().en()).isEqualTo("repo-category");
        assertThat(catalog.available(catalog.expand(List.of(category), List.of()), null)).isEqualTo(9);

        assertThat(bank.candidates(List.of(topic), null)).hasSize(9)
                .allSatisfy(candidate -> assertThat(candidate.categorySlug()).isEqualTo(category));
        assertThat(bank.candidates(List.of(topic), Difficulty.BEGINNER)).hasSize(4);
        assertThat(bank.candidates(List.of(), null)).isEmpty();
    }
}
