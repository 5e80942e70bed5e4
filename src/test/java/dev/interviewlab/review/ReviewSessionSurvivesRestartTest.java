package dev.interviewlab.review;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.fsrs.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review session goes on where it stopped after the application restarts over the same H2 file: the
 * graded cards stay graded, the card on screen when it stopped is the one asked next, and the due count
 * is what is left. (H2 only, like {@code AttemptSurvivesRestartTest}: it manages its own database file.)
 */
class ReviewSessionSurvivesRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext boot() {
        return new SpringApplicationBuilder(InterviewLabApplication.class, TestClockConfiguration.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("interviewlab") + ";AUTO_SERVER=FALSE",
                        "--interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
                        "--interviewlab.quiz.sweep-interval=PT1H",
                        "--spring.main.banner-mode=off");
    }

    @Test
    void aReviewSessionGoesOnWhereItStoppedAfterARestart() {
        AttemptOwner learner = AttemptOwner.browser("restart-reviewer");
        long onScreen;
        try (ConfigurableApplicationContext first = boot()) {
            ReviewCardRepository cards = first.getBean(ReviewCardRepository.class);
            List<QuizItem> four = first.getBean(QuizItemRepository.class).findAll().stream()
                    .sorted(Comparator.comparing(QuizItem::getKey)).limit(4).toList();
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                for (int i = 0; i < four.size(); i++) {
                    ReviewCards.newCard(cards, learner, four.get(i), TestClockConfiguration.START.minusSeconds(60 - i));
                }
            });
            ReviewSession session = first.getBean(ReviewSession.class);
            for (Grade grade : List.of(Grade.GOOD, Grade.AGAIN)) {
                ReviewSession.Prompt prompt = session.next(learner, null).orElseThrow();
                session.grade(learner, prompt.cardId(), prompt.version(), grade);
            }
            // the third card is on screen when the application stops
            ReviewSession.Prompt third = session.next(learner, null).orElseThrow();
            assertThat(third.dueCount()).isEqualTo(2);
            onScreen = third.cardId();
        }

        try (ConfigurableApplicationContext second = boot()) {
            ReviewSession session = second.getBean(ReviewSession.class);
            ReviewSession.Prompt resumed = session.next(learner, null).orElseThrow();
            assertThat(resumed.cardId()).isEqualTo(onScreen);
            assertThat(resumed.dueCount()).isEqualTo(2);
            session.grade(learner, resumed.cardId(), resumed.version(), Grade.EASY);

            ReviewService reviews = second.getBean(ReviewService.class);
            assertThat(reviews.log(learner)).extracting(ReviewLogEntry::getGrade)
                    .containsExactly(Grade.GOOD, Grade.AGAIN, Grade.EASY);
            assertThat(reviews.dueCount(learner)).isEqualTo(1);
        }
    }
}
