package dev.interviewlab.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page is served without Spring MVC announcing it as an application event (nothing listens; it cost CPU).
 * Through the running server: MockMvc's own dispatcher servlet does not take Boot's setting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestHandledEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void servingAPagePublishesNoRequestHandledEvent() throws Exception {
        List<ServletRequestHandledEvent> events = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof ServletRequestHandledEvent handled) {
                events.add(handled);
            }
        };
        context.addApplicationListener(listener);
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/topics/tcp-connection-states")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(events).isEmpty();
    }
}
