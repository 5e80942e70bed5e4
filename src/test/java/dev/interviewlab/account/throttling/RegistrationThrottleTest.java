package dev.interviewlab.account.throttling;

import dev.interviewlab.quiz.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registration's own thresholds: a classroom behind one address gets through, a script does not. */
class RegistrationThrottleTest {

    private static final String SCHOOL = "10.40.0.1";

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T08:00:00Z"));
    private final RegistrationThrottle throttle = new RegistrationThrottle(defaults(), clock, ThrottleTestDatabase.strikeStore(clock));

    @Test
    void aClassroomOfThirtyRegisteringHalfAMinuteApartIsNeverHeldUp() {
        for (int pupil = 1; pupil <= 30; pupil++) {
            assertThatCode(() -> throttle.checkAllowed(SCHOOL)).as("pupil %d", pupil).doesNotThrowAnyException();
            throttle.registered(SCHOOL);
            clock.advance(Duration.ofSeconds(30));
        }
    }

    @Test
    void pastTwentyEachRegistrationWaitsTwoSecondsWithoutDoubling() {
        for (int i = 0; i < 20; i++) {
            throttle.checkAllowed(SCHOOL);
            throttle.registered(SCHOOL);
        }
        assertThat(waitFor(SCHOOL)).as("the 20th starts the slow-down").isEqualTo(new ThrottleWait("account.register.blocked.seconds", 2, 2));
        assertThat(waitFor("10.40.0.2")).as("per address").isNull();
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(2));
            throttle.checkAllowed(SCHOOL);
            throttle.registered(SCHOOL);
            assertThat(waitFor(SCHOOL).retryAfter()).isEqualTo(2);
        }
    }

    @Test
    void aBurstOfAHundredIsLockedForAnHourEvenWhenItWaitsOutEachSlowDown() {
        for (int i = 0; i < 100; i++) {
            assertThat(waitFor(SCHOOL)).as("registration %d", i + 1).isNull();
            throttle.registered(SCHOOL);
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(waitFor(SCHOOL)).isEqualTo(new ThrottleWait("account.register.blocked.minutes", 60, 3598));
        clock.advance(Duration.ofMinutes(59).plusSeconds(58));
        assertThat(waitFor(SCHOOL)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "20, 0", "20, 19", "-1, 100"})
    void thresholdsThatCouldNeverLockAreRefused(int slowDownAfter, int lockAfter) {
        assertThatThrownBy(() -> new RegistrationThrottleSettings(Duration.ofHours(1), Duration.ofSeconds(2),
                Duration.ofHours(1), slowDownAfter, lockAfter, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badSettingsStopTheStartUpAndTheDefaultsAreTheDocumentedOnes() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Properties.class);
        runner.withPropertyValues("interviewlab.registration-throttle.lock-after=5")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("interviewlab.registration-throttle.window=0s")
                .run(context -> assertThat(context).hasFailed());
        runner.run(context -> assertThat(context.getBean(RegistrationThrottleSettings.class)).isEqualTo(defaults()));
    }

    private ThrottleWait waitFor(String address) {
        try {
            throttle.checkAllowed(address);
            return null;
        } catch (TooManyAttemptsException e) {
            return e.getWait();
        }
    }

    private static RegistrationThrottleSettings defaults() {
        return new RegistrationThrottleSettings(Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofHours(1), 20, 100, 10000);
    }

    @EnableConfigurationProperties(RegistrationThrottleSettings.class)
    static class Properties {
    }
}
