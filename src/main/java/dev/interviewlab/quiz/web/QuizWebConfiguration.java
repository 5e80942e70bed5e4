package dev.interviewlab.quiz.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets quiz controllers take the browser's {@link dev.interviewlab.quiz.attempt.AttemptOwner} as a parameter. */
@Configuration
class QuizWebConfiguration implements WebMvcConfigurer {

    private final LearnerCookie learnerCookie = new LearnerCookie();

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(learnerCookie);
    }
}
