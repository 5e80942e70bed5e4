package dev.interviewlab.web.limits;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rate limits with small buckets: what a client over the limit gets, and that time gives it back. */
@SpringBootTest(properties = {
        "interviewlab.rate-limit.simulation-burst=3", "interviewlab.rate-limit.simulation-per-minute=6",
        "interviewlab.rate-limit.quiz-burst=2", "interviewlab.rate-limit.quiz-per-minute=1"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@DatabaseTest
class RateLimitTest {

    private static final String TCP_RUN = "{\"preset\":\"normal-close\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Test
    void aSimulationPageBeyondTheLimitIsA429PageInTheLayoutWithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(get("/simulations/tcp"), "10.30.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = send(get("/simulations/tcp").param("lang", "en"), "10.30.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("header").size()).as("the site's layout").isPositive();
        assertThat(page.select("[role=alert]").text()).contains("Please wait 10 seconds");

        MockHttpServletResponse chinese = send(get("/simulations/cache").param("lang", "zh"), "10.30.0.1");
        assertThat(chinese.getStatus()).isEqualTo(429);
        assertThat(Jsoup.parse(chinese.getContentAsString()).select("[role=alert]").text()).contains("请等待 10 秒");

        clock.advance(Duration.ofSeconds(10));
        assertThat(send(get("/simulations/git"), "10.30.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void theSimulationApiBeyondTheLimitAnswersAProblemDetail() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(tcpRun(), "10.31.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = send(tcpRun().header("Accept-Language", "zh"), "10.31.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("\"retryAfterSeconds\":10")
                .contains("请等待 10 秒");
    }

    @Test
    void clientsAreCountedApartAndAnAccountApartFromItsAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            send(get("/simulations/tcp"), "10.32.0.1");
        }
        assertThat(send(get("/simulations/tcp"), "10.32.0.1").getStatus()).isEqualTo(429);
        assertThat(send(get("/simulations/tcp"), "10.32.0.2").getStatus()).isEqualTo(200);
        assertThat(send(get("/simulations/tcp").with(user("rate-limited")), "10.32.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void theSimulationIndexRunsNoEngineAndIsNotCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(get("/simulations"), "10.33.0.1").getStatus()).isEqualTo(200);
        }
        assertThat(send(get("/simulations/tcp"), "10.33.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void quizPostsAndTheQuizApiAreCountedButQuizPagesAreNot() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(send(get("/quizzes"), "10.34.0.1").getStatus()).isEqualTo(200);
        }
        assertThat(send(post("/quizzes").with(csrf()).param("count", "0"), "10.34.0.1").getStatus())
                .as("bad input, but counted").isEqualTo(400);
        assertThat(send(get("/api/quizzes/attempts"), "10.34.0.1").getStatus()).isEqualTo(200);
        MockHttpServletResponse page = send(post("/quizzes").with(csrf()).param("count", "0"), "10.34.0.1");
        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(page.getHeader("Retry-After")).isEqualTo("60");
        MockHttpServletResponse api = send(get("/api/quizzes/attempts"), "10.34.0.1");
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        clock.advance(Duration.ofMinutes(1));
        assertThat(send(get("/api/quizzes/attempts"), "10.34.0.1").getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequestBuilder tcpRun() {
        return post("/api/simulations/tcp").contentType(MediaType.APPLICATION_JSON).content(TCP_RUN);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(from(address)).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
