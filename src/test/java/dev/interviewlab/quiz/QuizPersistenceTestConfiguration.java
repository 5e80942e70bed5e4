package dev.interviewlab.quiz;

import dev.interviewlab.jdbc.PlainReads;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.OpenAttemptLookup;
import dev.interviewlab.quiz.attempt.QuizDraw;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizBankLoader;
import dev.interviewlab.quiz.editing.ItemEditing;
import dev.interviewlab.review.DueCardCounts;
import dev.interviewlab.review.InterviewPlans;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.ReviewService;
import dev.interviewlab.review.ScenarioReviews;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.revision.RevisionService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.SplittableRandom;

/**
 * The quiz services over JPA with a test clock and a seeded draw, and spaced review, which finished
 * attempts feed. Every quiz @DataJpaTest imports
 * exactly this, so they share one Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({QuizBankLoader.class, RevisionService.class, QuestionBank.class, AttemptService.class, QuizHistory.class,
        ItemEditing.class, PlainReads.class, OpenAttemptLookup.class, ReviewService.class, DueCardCounts.class,
        ReviewPreferencesService.class, InterviewPlans.class, ScenarioReviews.class, TestClockConfiguration.class})
public class QuizPersistenceTestConfiguration {

    /** FSRS-6 with the defaults the application's ReviewConfiguration uses unless configured otherwise. */
    @Bean
    FsrsScheduler fsrsScheduler() {
        return FsrsScheduler.withDefaults();
    }

    @Bean
    QuizDraw quizDraw() {
        return new QuizDraw(new SplittableRandom(2030));
    }
}
