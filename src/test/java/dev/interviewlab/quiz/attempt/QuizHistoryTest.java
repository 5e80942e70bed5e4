package dev.interviewlab.quiz.attempt;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class QuizHistoryTest {

    @Autowired
    AttemptService service;

    @Autowired
    QuizHistory history;

    @Autowired
    QuestionBank bank;

    @Autowired
    MutableClock clock;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    TestEntityManager entityManager;

    private final AttemptOwner learner = AttemptOwner.browser("history-" + UUID.randomUUID());

    /** Answers every question of the attempt right, except those of the given topic. */
    private AttemptSnapshot take(List<String> categorySlugs, String wrongTopic) {
        AttemptSnapshot attempt = service.start(learner, new QuizRequest(categorySlugs, List.of(), null, 10, 10, false, false));
        for (AttemptSnapshot.Question question : attempt.questions()) {
            boolean right = !question.topicSlug().equals(wrongTopic);
            Object answer = switch (question.type()) {
                case SINGLE -> right ? "b" : "a";
                case MULTIPLE -> right ? List.of("a", "c") : List.of("b");
                case TRUE_FALSE -> right;
                case FILL_IN -> right ? "time wait" : "LISTEN";
                case ORDERING -> right ? List.of("a", "b", "c") : List.of("c", "b", "a");
            };
            service.answer(learner, attempt.id(), question.position(), new RawAnswer.Json(answer));
        }
        clock.advance(Duration.ofMinutes(1));
        return service.submit(learner, attempt.id());
    }

    @Test
    void reportsTheTrendPerCategoryAndTheWeakestTopics() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        String networking = data.category("net");
        String caching = data.category("cache");
        String tcp = data.topic("tcp", networking);
        String dns = data.topic("dns", networking);
        String redis = data.topic("redis", caching);
        data.oneOfEachType(tcp, Difficulty.BEGINNER);
        data.oneOfEachType(dns, Difficulty.BEGINNER);
        data.oneOfEachType(redis, Difficulty.BEGINNER);
        entityManager.flush();
        bank.forget();
        clock.set(TestClockConfiguration.START.plus(Duration.ofDays(3000)));

        AttemptSnapshot first = take(List.of(networking), tcp);
        AttemptSnapshot second = take(List.of(networking, caching), null);
        entityManager.flush();

        QuizHistory.Report report = history.report(learner);

        assertThat(report.attempts()).extracting(AttemptSummary::id).containsExactly(second.id(), first.id());
        assertThat(report.trendAttempts()).extracting(AttemptSummary::id).containsExactly(first.id(), second.id());
        QuizHistory.CategoryTrend net = report.trends().stream().filter(trend -> trend.categorySlug().equals(networking))
                .findFirst().orElseThrow();
        assertThat(net.points()).extracting(QuizHistory.TrendPoint::attemptNumber).containsExactly(1, 2);
        assertThat(net.points().get(0).percent()).isLessThan(net.points().get(1).percent());
        assertThat(report.trends()).extracting(QuizHistory.CategoryTrend::categorySlug).contains(caching);
        assertThat(report.weakest()).extracting(QuizHistory.TopicStanding::topicSlug).containsExactly(tcp);
        assertThat(report.weakest().get(0).percent()).isLessThan(100);
        assertThat(history.report(AttemptOwner.browser("nobody-" + UUID.randomUUID())).attempts()).isEmpty();
    }
}
