package dev.interviewlab.web.limits;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over the limits, over real HTTP (the 413 page is Tomcat's error dispatch, which MockMvc does not do). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.request-size.max-api-body=2KB", "interviewlab.request-size.max-form-body=4KB"})
@DatabaseTest
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    private SiteClient site;

    @BeforeEach
    void openTheSite() {
        site = new SiteClient(port, false);
    }

    @Test
    void aJsonBodyOverTheLimitIsA413ProblemDetail() throws Exception {
        HttpResponse<String> response = site.json("POST", "/api/simulations/tcp", tcpRequest(3000));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413").contains("at most 2 KB").contains("\"maxBytes\":2048");
    }

    @Test
    void aJsonBodyWithinTheLimitIsServed() throws Exception {
        HttpResponse<String> response = site.json("POST", "/api/simulations/tcp", tcpRequest(1500));
        assertThat(response.statusCode()).as("the site's layout").isEqualTo(200);
    }

    @Test
    void aChunkedJsonBodyCannotGetAroundTheLimit() throws Exception {
        assertThat(chunked(tcpRequest(3000)).statusCode()).isEqualTo(413);
        HttpResponse<String> small = chunked(tcpRequest(1500));
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
        assertThat(small.body()).contains("\"events\"");
    }

    @Test
    void theProblemIsInTheClientsLanguage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/simulations/tcp"))
                .header("Content-Type", "application/json").header("Accept-Language", "zh")
                .POST(HttpRequest.BodyPublishers.ofString(tcpRequest(3000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("请求正文过大");
    }

    @Test
    void aFormOverTheLimitIsA413PageInTheLayout() throws Exception {
        // as a browser sends it: Spring Boot's error page is HTML only for clients that accept HTML
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/register"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("username=big&displayName=" + "x".repeat(5000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("header").size()).as("the site's layout").isPositive();
        assertThat(page.select("[role=alert]").text()).isEqualTo("What you sent is too large: at most 4 KB. Shorten the text and send it again.");
    }

    @Test
    void aFormWithinTheLimitReachesItsPage() throws Exception {
        HttpResponse<String> response = site.form("/register", "username=x&displayName=y&password=a&confirmation=b");
        assertThat(response.statusCode()).as("the registration form's own field errors").isEqualTo(400);
    }

    /** A valid TCP request padded with spaces to about {@code size} bytes. */
    private static String tcpRequest(int size) {
        String json = "{\"preset\":\"normal-close\"}";
        return json + " ".repeat(Math.max(0, size - json.length()));
    }

    private HttpResponse<String> chunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulations/tcp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
