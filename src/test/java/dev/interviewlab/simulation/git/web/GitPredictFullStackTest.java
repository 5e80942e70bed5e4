package dev.interviewlab.simulation.git.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ReviewCard;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.simulation.git.engine.GitPrediction;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Git predict mode over HTTP without JavaScript, on the conflict preset; a miss comes back in /review on a fresh story. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class GitPredictFullStackTest {

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

    private static String formOf(String page, String selector, String extra) {
        String hidden = Jsoup.parse(page).select(selector + " input[type=hidden]").stream()
                .filter(input -> !input.attr("name").equals("_csrf"))
                .map(input -> input.attr("name") + "=" + URLEncoder.encode(input.attr("value"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return extra.isEmpty() ? hidden : hidden + "&" + extra;
    }

    private String question() throws Exception {
        Document replay = Jsoup.parse(browser.get("/simulations/git?preset=conflict").body());
        String link = replay.select(".predict-link a").attr("href");
        assertThat(link).startsWith("/simulations/git/predict?preset=conflict").contains("step=");
        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void aRightAndAWrongPredictionOfTheMergeAreGradedByTheEngineAndAMissComesBackOnAFreshStory() throws Exception {
        String page = question();
        Document document = Jsoup.parse(page);
        assertThat(document.select(".predict-question").text()).contains("git merge feature").contains("Which files conflict?");
        assertThat(document.select(".predict-svg svg")).hasSize(1);
        assertThat(document.select("input[type=radio][name=answer]").eachAttr("value")).contains("none", "db.conf");

        Document right = Jsoup.parse(browser.form("/simulations/git/predict", formOf(page, "#predict-form", "answer=db.conf")).body());
        assertThat(right.select("#predict-verdict").text()).isEqualTo("Right: that is what happens.");
        assertThat(right.select(".predict-reveal .predict-choice-svg svg")).as("the graph after the step").hasSize(1);
        assertThat(cards.findForScenario(owner.type(), owner.key(), "git:conflicts")).isEmpty();

        Document wrong = Jsoup.parse(browser.form("/simulations/git/predict", formOf(page, "#predict-form", "answer=none")).body());
        assertThat(wrong.select("#predict-verdict").text()).isEqualTo("Not quite.");
        assertThat(wrong.select(".predict-answers dd").eachText()).containsExactly("No conflict: it completes", "db.conf");
        ReviewCard card = cards.findForScenario(owner.type(), owner.key(), "git:conflicts").orElseThrow();

        clock.advance(Duration.ofMinutes(2));
        String review = browser.get("/review").body();
        long seed = card.getScenarioSeed();
        assertThat(Jsoup.parse(review).select("input[name=seed]").val()).isEqualTo(Long.toString(seed));
        GitPrediction asked = GitConflictDrill.prediction(GitConflictDrill.run(seed), seed);
        HttpResponse<String> feedback = browser.form("/review/scenario/answer", formOf(review, "#review-scenario", "answer="
                + URLEncoder.encode(asked.answer(), StandardCharsets.UTF_8)));
        assertThat(feedback.statusCode()).isEqualTo(200);
        assertThat(feedback.body()).contains("Right: that is what happens.");
    }

    @Test
    void badRequestsAreRefusedWithoutAServerError() throws Exception {
        String form = formOf(question(), "#predict-form", "");
        assertThat(browser.form("/simulations/git/predict", form + "&answer=app.txt").statusCode()).isEqualTo(400);
        assertThat(browser.form("/simulations/git/predict", form).statusCode()).as("no answer").isEqualTo(400);
        assertThat(browser.form("/simulations/git/predict", form.replaceAll("step=\\d+", "step=1") + "&answer=none").statusCode())
                .as("a commit is not asked").isEqualTo(400);
        assertThat(browser.form("/simulations/git/predict", form.replaceAll("step=\\d+", "step=x") + "&answer=none").statusCode())
                .isEqualTo(400);
        assertThat(browser.get("/simulations/git/predict?preset=conflict&step=abc").statusCode()).isEqualTo(404);
        assertThat(browser.get("/simulations/git/predict?preset=nope").statusCode()).isEqualTo(400);
        assertThat(browser.get("/simulations/git/predict?preset=conflict&mode=compare").statusCode()).isEqualTo(400);
        assertThat(browser.get("/simulations/git/predict?script=git+frobnicate").statusCode()).isEqualTo(400);
        assertThat(cards.findForScenario(owner.type(), owner.key(), "git:conflicts")).isEmpty();
    }
}
