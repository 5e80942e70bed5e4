package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a real port: the simulation is listed, linked from its topics, served and answers JSON. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TcpSimulationSiteTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulations/tcp"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void simulationIsListedAndLinkedFromTheTopicsItIllustrates() throws Exception {
        assertThat(get("/simulations").body()).contains("href=\"/simulations/tcp\"").contains("TCP connection states");
        assertThat(get("/").body()).contains("href=\"/simulations/tcp\"");
        assertThat(get("/topics/tcp-connection-states").body()).contains("href=\"/simulations/tcp\"");
    }

    @Test
    void pageStylesheetAndApiAnswerOnARealServer() throws Exception {
        HttpResponse<String> page = get("/simulations/tcp?preset=keepalive-dead-peer&step=22");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg id=\"tcp-diagram\"").contains("/simulations/tcp?preset=keepalive-dead-peer&amp;step=21#replay");
        assertThat(get("/assets/css/simulation-tcp.css").statusCode()).isEqualTo(200);
        assertThat(get("/simulations/tcp?delayMs=-1").statusCode()).isEqualTo(400);

        HttpResponse<String> api = post("{\"preset\": \"keepalive-dead-peer\"}");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"client\":[\"CLOSED\",\"SYN_SENT\",\"ESTABLISHED\",\"CLOSED\"]");
        HttpResponse<String> bad = post("{\"mslMs\": 31536000000}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }
}
