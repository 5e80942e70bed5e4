package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ReviewCard;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.simulation.cache.engine.CacheExperiment;
import dev.interviewlab.simulation.cache.engine.CachePrediction;
import dev.interviewlab.simulation.cache.engine.CacheRandomScenario;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.RawTraceOperation;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Cache predict mode over HTTP without JavaScript, on the classic race preset; a miss comes back in /review. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class CachePredictFullStackTest {

    private static final Pattern LEARNER = Pattern.compile("learner=([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ReviewCardRepository cards;

    private SiteClient browser;
    private AttemptOwner owner;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(TestClockConfiguration.START);
        browser = new SiteClient(port, false);
        Matcher cookie = LEARNER.matcher(String.join("\n", browser.get("/review").headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).isTrue();
        owner = AttemptOwner.browser(cookie.group(1));
    }

    /** The race preset's run, as the engine replays it: the answer key of these tests. */
    private static StaleReadTimeline race() {
        SimulationInput input = SimulationInput.builder().strategies(List.of("cache-aside", "delete-then-update"))
                .cacheLatencyMs(1.0).dbReadLatencyMs(2.0).dbWriteLatencyMs(1.0).latencyJitterPercent(0)
                .database(Map.of("k", "old")).trace(List.of(new RawTraceOperation("get", "k", null, 0, 0.0),
                        new RawTraceOperation("put", "k", "new", 1, 1.8), new RawTraceOperation("get", "k", null, 2, 5.0)))
                .build();
        return CacheExperiment.run(input).timeline(null);
    }

    private static String formOf(String page, String selector, String extra) {
        String hidden = Jsoup.parse(page).select(selector + " input[type=hidden]").stream()
                .filter(input -> !input.attr("name").equals("_csrf"))
                .map(input -> input.attr("name") + "=" + URLEncoder.encode(input.attr("value"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return extra.isEmpty() ? hidden : hidden + "&" + extra;
    }

    /** The predict page the race preset's replay links to, from its last lookup. */
    private String question(int step) throws Exception {
        String presetLink = Presets.all(CacheSimulationController.RUN_PATH).get(0).link();
        Document results = Jsoup.parse(browser.get(presetLink + "&step=" + step).body());
        String link = results.select(".predict-link a").attr("href");
        assertThat(link).startsWith("/simulations/cache/predict?").contains("step=" + step);
        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void aRightAndAWrongPredictionOfTheLaterReadersLookupAreGradedByTheTimeline() throws Exception {
        StaleReadTimeline timeline = race();
        int last = CachePrediction.steps(timeline).get(CachePrediction.steps(timeline).size() - 1);
        CachePrediction asked = CachePrediction.at(timeline, last).orElseThrow();
        String page = question(last);
        Document document = Jsoup.parse(page);
        assertThat(document.select("input[type=radio][name=answer]").eachAttr("value")).containsExactlyElementsOf(asked.choices());
        assertThat(document.select(".predict-question").text()).contains("asks the cache for k");

        Document right = Jsoup.parse(browser.form("/simulations/cache/predict", formOf(page, "#predict-form", "answer="
                + URLEncoder.encode(asked.answer(), StandardCharsets.UTF_8))).body());
        assertThat(right.select("#predict-verdict").text()).isEqualTo("Right: that is what happens.");
        assertThat(cards.findForScenario(owner.type(), owner.key(), "cache:read")).isEmpty();

        String wrongAnswer = asked.choices().stream().filter(choice -> !asked.isAnsweredBy(choice)).findFirst().orElseThrow();
        HttpResponse<String> wrong = browser.form("/simulations/cache/predict", formOf(page, "#predict-form", "answer="
                + URLEncoder.encode(wrongAnswer, StandardCharsets.UTF_8)));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(wrong.body()).select("#predict-verdict").text()).isEqualTo("Not quite.");
        ReviewCard card = cards.findForScenario(owner.type(), owner.key(), "cache:read").orElseThrow();

        clock.advance(Duration.ofMinutes(2));
        String review = browser.get("/review").body();
        long seed = card.getScenarioSeed();
        assertThat(Jsoup.parse(review).select("input[name=seed]").val()).isEqualTo(Long.toString(seed));
        CacheRandomScenario.Drawn drawn = CacheRandomScenario.of(seed);
        CachePrediction reviewAsked = CacheReadDrill.prediction(drawn, seed);
        HttpResponse<String> feedback = browser.form("/review/scenario/answer", formOf(review, "#review-scenario", "answer="
                + URLEncoder.encode(reviewAsked.answer(), StandardCharsets.UTF_8)));
        assertThat(feedback.statusCode()).isEqualTo(200);
        assertThat(feedback.body()).contains("Right: that is what happens.");
    }

    @Test
    void badRequestsAreRefusedWithoutAServerError() throws Exception {
        String page = question(1);
        String form = formOf(page, "#predict-form", "");
        assertThat(browser.form("/simulations/cache/predict", form + "&answer=hit%3Av99").statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(browser.form("/simulations/cache/predict", form + "&answer=hit%3Av99").body())
                .select("#predict-answer-error").text()).contains("not one of the choices");
        assertThat(browser.form("/simulations/cache/predict", form).statusCode()).as("no answer").isEqualTo(400);
        assertThat(browser.form("/simulations/cache/predict", form.replace("step=1", "step=2") + "&answer=miss").statusCode())
                .as("step 2 is a database read, not a lookup").isEqualTo(400);
        assertThat(browser.form("/simulations/cache/predict", form.replace("step=1", "step=zz") + "&answer=miss").statusCode())
                .isEqualTo(400);
        assertThat(browser.form("/simulations/cache/predict",
                form.replaceAll("cacheLatencyMs=[^&]*", "cacheLatencyMs=-1") + "&answer=miss").statusCode())
                .as("settings that cannot run").isEqualTo(400);
        assertThat(browser.get("/simulations/cache/predict?capacity=-3").statusCode()).isEqualTo(400);
        assertThat(browser.get("/simulations/cache/predict?workload=trace&trace=c0+get+k&step=1").statusCode())
                .as("a run without a stale read has nothing to replay").isEqualTo(404);
        assertThat(cards.findForScenario(owner.type(), owner.key(), "cache:read")).isEmpty();
    }
}
