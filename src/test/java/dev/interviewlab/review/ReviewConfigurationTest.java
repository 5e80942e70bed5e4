package dev.interviewlab.review;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.interviewlab.review.fsrs.FsrsScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** The desired retention is a setting, 0.70 to 0.97; a value outside stops the start with a clear message. */
class ReviewConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(ReviewConfiguration.class);

    @Test
    void retentionDefaultsToNinetyPercentAndCanBeSet() {
        context.run(started -> assertThat(started.getBean(FsrsScheduler.class).desiredRetention()).isEqualTo(0.90));
        context.withPropertyValues("interviewlab.review.desired-retention=0.85")
                .run(started -> assertThat(started.getBean(FsrsScheduler.class).desiredRetention()).isEqualTo(0.85));
    }

    @Test
    void retentionOutsideTheRangeStopsTheStart() {
        context.withPropertyValues("interviewlab.review.desired-retention=0.99").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessage("desired retention must be between 0.70 and 0.97, was 0.99");
        });
    }
}
