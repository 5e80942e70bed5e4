package dev.interviewlab.quiz;

import dev.interviewlab.quiz.attempt.QuizDraw;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.security.SecureRandom;

/**
 * Quizzes draw with a {@link SecureRandom}, so the next quiz's questions cannot be predicted from
 * earlier ones; and scheduling is on for the sweep that closes abandoned attempts.
 */
@Configuration
@EnableScheduling
class QuizConfiguration {

    @Bean
    QuizDraw quizDraw() {
        return new QuizDraw(new SecureRandom());
    }
}
