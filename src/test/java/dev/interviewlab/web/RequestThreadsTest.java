package dev.interviewlab.web;

import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tomcat's request threads: two per core, at least four, and any setting of the operator's wins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestThreadsTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void twoThreadsPerCoreAndNeverFewerThanFour() {
        assertThat(RequestThreads.forCores(1)).isEqualTo(4);
        assertThat(RequestThreads.forCores(2)).isEqualTo(4);
        assertThat(RequestThreads.forCores(8)).isEqualTo(16);
    }

    @Test
    void theRunningServerHasThem() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        var executor = (ThreadPoolExecutor) server.getTomcat().getConnector().getProtocolHandler().getExecutor();
        assertThat(executor.getMaximumPoolSize())
                .isEqualTo(RequestThreads.forCores(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aSettingOfTheOperatorsWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(RequestThreads.MAX, "32")));
        new RequestThreads().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(RequestThreads.MAX, Integer.class)).isEqualTo(32);

        StandardEnvironment unset = new StandardEnvironment();
        new RequestThreads().postProcessEnvironment(unset, new SpringApplication());
        assertThat(unset.getProperty(RequestThreads.MAX, Integer.class))
                .isEqualTo(RequestThreads.forCores(Runtime.getRuntime().availableProcessors()));
    }
}
