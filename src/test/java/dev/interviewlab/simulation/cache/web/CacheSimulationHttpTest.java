package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real port: the simulation is listed with its topics, a preset link
 * runs, and the JSON API answers a trace. Tagged as a database test because the context starts
 * the topic store (CI runs it on H2 and PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class CacheSimulationHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSimulationIsListedAndLinkedFromItsTopics() throws Exception {
        assertThat(get("/simulations").body()).contains("href=\"/simulations/cache\"", "Cache strategies and failure modes");
        assertThat(get("/topics/cache-consistency-strategies").body()).contains("href=\"/simulations/cache\"");
        assertThat(get("/topics/cache-avalanche-breakdown-penetration").body()).contains("href=\"/simulations/cache\"");
    }

    @Test
    void everyPresetLinkOnTheFormRunsAndTheStylesheetIsServed() throws Exception {
        String form = get("/simulations/cache").body();
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"(/simulations/cache/run\\?[^\"]+)\"").matcher(form);
        int presets = 0;
        while (links.find()) {
            HttpResponse<String> run = get(links.group(1).replace("&amp;", "&"));
            assertThat(run.statusCode()).as(links.group(1)).isEqualTo(200);
            assertThat(run.body()).contains("id=\"results\"");
            presets++;
        }
        assertThat(presets).isEqualTo(Presets.all(CacheSimulationController.RUN_PATH).size());
        assertThat(get("/assets/css/simulation-cache.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswersATrace() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulations/cache"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"strategy\": \"cache-aside\", \"eviction\": \"LRU\", \"capacity\": 3, \"trace\": ["
                                + "{\"op\": \"put\", \"key\": \"a\", \"value\": \"1\"}, {\"op\": \"get\", \"key\": \"a\"},"
                                + "{\"op\": \"get\", \"key\": \"a\"}]}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"hits\":1", "\"misses\":1", "\"result\":\"write\"", "\"result\":\"hit\"");
    }
}
