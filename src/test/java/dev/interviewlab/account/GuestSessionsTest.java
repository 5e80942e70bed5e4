package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest who only reads creates no server session: 1,000 cookie-less requests for the pages a
 * guest reads (the forms among them included) leave Tomcat's session count where it was, while
 * each form still gets its CSRF token, in a cookie the browser keeps instead of a session. Nor does a
 * guest who takes a quiz (the quiz belongs to the {@code learner} cookie).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class GuestSessionsTest {

    private static final List<String> GUEST_PAGES = List.of("/login", "/register", "/quizzes", "/", "/topics",
            "/search?q=tcp", "/account", "/topics/tcp-connection-states", "/no-such-page");
    private static final List<String> FORMS = List.of("/login", "/register", "/quizzes");

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aThousandCookieLessGuestRequestsCreateNoSession() throws Exception {
        int before = activeSessions();
        for (int i = 0; i < 1000; i++) {
            String path = GUEST_PAGES.get(i % GUEST_PAGES.size());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isLessThan(500);
            assertThat(page.headers().allValues("Set-Cookie")).as(path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
            if (FORMS.contains(path)) {
                assertThat(page.body()).as(path).contains("name=\"_csrf\"");
                assertThat(page.headers().allValues("Set-Cookie")).as("the form's CSRF token for " + path)
                        .anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
            }
        }
        assertThat(activeSessions() - before).isZero();
    }

    @Test
    void aGuestTakingAQuizNeedsNoSessionEither() throws Exception {
        int before = activeSessions();
        SiteClient guest = new SiteClient(port, false);
        HttpResponse<String> created = guest.json("POST", "/api/quizzes/attempts",
                "{\"topics\":[\"websocket\"],\"count\":2,\"minutes\":5}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String attempt = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> flagged = guest.json("PUT", attempt + "/questions/1/flag", "{\"flagged\":true}");
        assertThat(flagged.statusCode()).as("CSRF-checked change with the cookie's token").isEqualTo(200);
        assertThat(guest.json("GET", attempt, null).statusCode()).isEqualTo(200);
        assertThat(activeSessions() - before).isZero();
    }

    @Test
    void failedAndBlockedSignInsCreateNoSessionAndStillSayHowLongToWait() throws Exception {
        int before = activeSessions();
        String blockedPage = null;
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            String tokenCookie = form.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().split(";")[0];
            Matcher field = CSRF_FIELD.matcher(form.body());
            assertThat(field.find()).isTrue();
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", tokenCookie)
                    .POST(HttpRequest.BodyPublishers.ofString("username=session-less-guess&password=wrong-" + i
                            + "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().allValues("Set-Cookie")).as("attempt %d", i)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
            String location = refused.headers().firstValue("Location").orElseThrow();
            if (location.contains("blocked")) {
                blockedPage = location;
            }
        }
        assertThat(activeSessions() - before).isZero();
        assertThat(blockedPage).as("the name is slowed down after three failures").isNotNull();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(blockedPage.startsWith("http") ? blockedPage
                        : "http://localhost:" + port + blockedPage)).header("Accept", "text/html").header("Accept-Language", "en")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).containsPattern("try again in \\d+ (seconds|minutes)|Please wait \\d+ seconds");
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private int activeSessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context application = (Context) server.getTomcat().getHost().findChildren()[0];
        return application.getManager().getActiveSessions();
    }
}
