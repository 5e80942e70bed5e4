package dev.interviewlab.quiz;

import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.QuizDraw;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizBankLoader;
import dev.interviewlab.quiz.editing.ItemEditing;
import dev.interviewlab.revision.RevisionService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.SplittableRandom;

/**
 * The quiz services over JPA with a test clock and a seeded draw. Every quiz @DataJpaTest imports
 * exactly this, so they share one Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({QuizBankLoader.class, RevisionService.class, QuestionBank.class, AttemptService.class, QuizHistory.class,
        ItemEditing.class, TestClockConfiguration.class})
public class QuizPersistenceTestConfiguration {

    @Bean
    QuizDraw quizDraw() {
        return new QuizDraw(new SplittableRandom(2030));
    }
}
