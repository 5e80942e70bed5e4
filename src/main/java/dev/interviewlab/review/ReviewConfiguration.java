package dev.interviewlab.review;

import dev.interviewlab.review.fsrs.FsrsParameters;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    /**
     * FSRS-6 with its default weights. {@code interviewlab.review.desired-retention} (0.70 to 0.97,
     * default 0.90) is checked here, so a value outside stops the start with the scheduler's message.
     */
    @Bean
    FsrsScheduler fsrsScheduler(@Value("${interviewlab.review.desired-retention:0.90}") double desiredRetention) {
        return new FsrsScheduler(FsrsParameters.DEFAULT, desiredRetention);
    }
}
