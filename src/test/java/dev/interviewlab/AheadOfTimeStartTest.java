package dev.interviewlab;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class AheadOfTimeStartTest {

    @AfterEach
    void clearFlag() {
        System.clearProperty(AheadOfTimeStart.FLAG);
    }

    @Test
    void aStartWithAProfileLeavesTheBuildTimeBeanDefinitionsAside() {
        System.setProperty(AheadOfTimeStart.FLAG, "true");
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");

        new AheadOfTimeStart().onApplicationEvent(prepared(environment));

        assertThat(System.getProperty(AheadOfTimeStart.FLAG)).isEqualTo("false");
    }

    @Test
    void aStartWithTheDefaultProfileKeepsThem() {
        System.setProperty(AheadOfTimeStart.FLAG, "true");

        new AheadOfTimeStart().onApplicationEvent(prepared(new MockEnvironment()));

        assertThat(System.getProperty(AheadOfTimeStart.FLAG)).isEqualTo("true");
    }

    private static ApplicationEnvironmentPreparedEvent prepared(MockEnvironment environment) {
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(), new String[0],
                environment);
    }
}
