package dev.interviewlab.quiz;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/** Replaces the application's clock with a {@link MutableClock} (it is @Primary, so every Clock injection gets it). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** A fixed starting point far from real time, so tests never depend on the wall clock. */
    public static final Instant START = Instant.parse("2030-03-04T10:00:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START);
    }
}
