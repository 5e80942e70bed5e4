package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ReviewCard;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.review.ReviewLogEntry;
import dev.interviewlab.review.ReviewLogRepository;
import dev.interviewlab.review.ReviewSource;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.simulation.tcp.engine.Side;
import dev.interviewlab.simulation.tcp.engine.TcpEvent;
import dev.interviewlab.simulation.tcp.engine.TcpInput;
import dev.interviewlab.simulation.tcp.engine.TcpPrediction;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpRandomScenario;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * TCP predict mode over HTTP without JavaScript (form posts): ask, grade by the engine, reveal; a miss files
 * a scenario card, which /review asks again on a fresh random run and grades by the engine too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class TcpPredictFullStackTest {

    private static final Pattern LEARNER = Pattern.compile("learner=([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ReviewCardRepository cards;

    @Autowired
    ReviewLogRepository log;

    @Autowired
    TransactionTemplate transactions;

    private SiteClient browser;
    private AttemptOwner owner;
    /** Lost FIN: the step where the server reads the retransmitted FIN (CLOSE_WAIT, by the trace). */
    private int finStep;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(TestClockConfiguration.START);
        browser = new SiteClient(port, false);
        HttpResponse<String> first = browser.get("/review");
        Matcher cookie = LEARNER.matcher(String.join("\n", first.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).isTrue();
        owner = AttemptOwner.browser(cookie.group(1));
        TcpRun run = TcpSimulation.run(TcpPreset.LOST_FIN.scenario());
        finStep = run.events().stream().filter(e -> e.side() == Side.SERVER && e.input() == TcpInput.FIN)
                .findFirst().orElseThrow().step();
    }

    private Optional<ReviewCard> card() {
        return cards.findForScenario(owner.type(), owner.key(), "tcp:next-state");
    }

    private List<ReviewLogEntry> logOf() {
        return transactions.execute(status -> log.findAll().stream()
                .filter(entry -> entry.getCard().getOwner().equals(owner)).toList());
    }

    /** The question page's hidden fields with {@code extra} fields added, as the form posts them. */
    private static String formOf(String page, String formSelector, String extra) {
        Document document = Jsoup.parse(page);
        String hidden = document.select(formSelector + " input[type=hidden]").stream()
                .filter(input -> !input.attr("name").equals("_csrf"))
                .map(input -> input.attr("name") + "=" + URLEncoder.encode(input.attr("value"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return extra.isEmpty() ? hidden : hidden + "&" + extra;
    }

    private String question() throws Exception {
        HttpResponse<String> page = browser.get("/simulations/tcp/predict?preset=lost-fin&step=" + finStep);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void theQuestionHidesTheStepAndOffersEveryStateAsARadioButton() throws Exception {
        Document page = Jsoup.parse(question());
        assertThat(page.select("h1").text()).isEqualTo("Predict the next step");
        assertThat(page.select("form#predict-form[method=post][action=/simulations/tcp/predict]")).hasSize(1);
        assertThat(page.select("input[type=radio][name=answer]")).hasSize(11);
        assertThat(page.select(".predict-question").text()).contains("Step " + finStep).contains("server")
                .contains("Which state is the server in after this step?");
        assertThat(page.select(".predict-so-far li")).hasSizeGreaterThan(2);
        assertThat(page.select(".predict-reveal")).isEmpty();
        assertThat(page.select(".predict-so-far").text()).as("the hidden step's outcome")
                .doesNotContain("ESTABLISHED → CLOSE_WAIT");
        assertThat(Jsoup.parse(browser.get("/simulations/tcp/predict?preset=lost-fin&step=" + finStep, "zh").body())
                .select("h1").text()).isEqualTo("预测下一步");
    }

    @Test
    void theReplayLinksToPredictModeFromTheStepShown() throws Exception {
        Document replay = Jsoup.parse(browser.get("/simulations/tcp?preset=lost-fin&step=" + finStep).body());
        assertThat(replay.select(".predict-link a").attr("href"))
                .isEqualTo("/simulations/tcp/predict?preset=lost-fin&step=" + finStep);
    }

    @Test
    void aRightPredictionIsGradedByTheTraceAndFilesNoCard() throws Exception {
        HttpResponse<String> graded = browser.form("/simulations/tcp/predict", formOf(question(), "#predict-form", "answer=CLOSE_WAIT"));
        assertThat(graded.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(graded.body());
        assertThat(page.select("#predict-verdict").text()).isEqualTo("Right: that is what happens.");
        assertThat(page.select(".predict-answers dd").eachText()).containsExactly("CLOSE_WAIT", "CLOSE_WAIT");
        assertThat(page.select(".predict-explanation").text()).contains("ESTABLISHED → CLOSE_WAIT");
        assertThat(page.select(".predict-next a.button").attr("href")).startsWith("/simulations/tcp/predict?preset=lost-fin&step=");
        assertThat(page.select(".predict-filed")).isEmpty();
        assertThat(card()).isEmpty();
    }

    @Test
    void aMissIsRevealedAndFilesAScenarioCardReviewedAgain() throws Exception {
        HttpResponse<String> graded = browser.form("/simulations/tcp/predict", formOf(question(), "#predict-form", "answer=TIME_WAIT"));
        assertThat(graded.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(graded.body());
        assertThat(page.select("#predict-verdict").text()).isEqualTo("Not quite.");
        assertThat(page.select(".predict-answers dd").eachText()).containsExactly("TIME_WAIT", "CLOSE_WAIT");
        assertThat(page.select(".predict-filed a[href=/review]")).hasSize(1);
        ReviewCard card = card().orElseThrow();
        assertThat(card.getItem()).isNull();
        assertThat(card.getScenarioSeed()).isNotNull();
        assertThat(logOf()).extracting(ReviewLogEntry::getGrade, ReviewLogEntry::getSource)
                .containsExactly(tuple(Grade.AGAIN, ReviewSource.PREDICT));
    }

    @Test
    void badRequestsAreRefusedWithoutAServerError() throws Exception {
        assertThat(browser.get("/simulations/tcp/predict?preset=lost-fin&step=abc").statusCode()).isEqualTo(404);
        assertThat(browser.get("/simulations/tcp/predict?preset=lost-fin&step=9999").statusCode()).isEqualTo(404);
        assertThat(browser.get("/simulations/tcp/predict?preset=nope").statusCode()).isEqualTo(400);
        assertThat(browser.get("/simulations/tcp/predict?delayMs=-1").statusCode()).isEqualTo(400);
        String form = formOf(question(), "#predict-form", "");
        TcpRun run = TcpSimulation.run(TcpPreset.LOST_FIN.scenario());
        int kept = run.events().stream().filter(e -> !e.changesState()).findFirst().orElseThrow().step();

        HttpResponse<String> foreign = browser.form("/simulations/tcp/predict", form + "&answer=HALF_OPEN");
        assertThat(foreign.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(foreign.body());
        assertThat(page.select("#predict-answer-error").text()).contains("not one of the choices");
        assertThat(page.select("input[type=radio][name=answer]")).hasSize(11);
        assertThat(browser.form("/simulations/tcp/predict", form).statusCode()).as("no answer").isEqualTo(400);
        assertThat(browser.form("/simulations/tcp/predict", form.replace("step=" + finStep, "step=" + kept) + "&answer=LISTEN")
                .statusCode()).as("a step that changes no state is not asked").isEqualTo(400);
        assertThat(browser.form("/simulations/tcp/predict", form.replace("step=" + finStep, "step=x") + "&answer=LISTEN")
                .statusCode()).isEqualTo(400);
        assertThat(browser.form("/simulations/tcp/predict", form.replace("delayMs=50", "delayMs=-5") + "&answer=LISTEN")
                .statusCode()).isEqualTo(400);
        assertThat(card()).as("refused answers file nothing").isEmpty();
    }

    @Test
    void aMissedKindComesBackInReviewOnAFreshRunGradedByTheEngine() throws Exception {
        browser.form("/simulations/tcp/predict", formOf(question(), "#predict-form", "answer=TIME_WAIT"));
        ReviewCard filed = card().orElseThrow();
        long seed = filed.getScenarioSeed();
        assertThat(TcpRandomScenario.of(seed)).as("a fresh run, not the preset missed").isNotEqualTo(TcpPreset.LOST_FIN.scenario());
        clock.advance(Duration.ofMinutes(2));

        String asked = browser.get("/review").body();
        Document page = Jsoup.parse(asked);
        assertThat(page.select("form#review-scenario[action=/review/scenario/answer]")).hasSize(1);
        assertThat(page.select("input[name=seed]").val()).isEqualTo(Long.toString(seed));
        assertThat(page.select("input[type=radio][name=answer]")).hasSize(11);
        TcpRun run = TcpNextStateDrill.run(seed);
        TcpPrediction prediction = TcpNextStateDrill.prediction(run, seed);
        TcpEvent hidden = run.events().get(prediction.step() - 1);
        assertThat(page.select(".predict-question").text()).contains("Step " + prediction.step());
        String wrong = hidden.before().name();

        HttpResponse<String> missed = browser.form("/review/scenario/answer", formOf(asked, "#review-scenario", "answer=" + wrong));
        assertThat(missed.statusCode()).isEqualTo(200);
        assertThat(missed.body()).contains("Not quite.")
                .containsPattern("value=\"again\"\\s+class=\"[^\"]*is-suggested");
        HttpResponse<String> right = browser.form("/review/scenario/answer",
                formOf(asked, "#review-scenario", "answer=" + prediction.answer()));
        assertThat(right.body()).contains("Right: that is what happens.")
                .containsPattern("value=\"good\"\\s+class=\"[^\"]*is-suggested");

        HttpResponse<String> graded = browser.form("/review/scenario/grade", formOf(right.body(), "#review-grade", "grade=good"));
        assertThat(graded.statusCode()).isEqualTo(302);
        ReviewCard after = cards.findById(filed.getId()).orElseThrow();
        assertThat(after.getScenarioSeed()).as("the next review asks another run").isNotEqualTo(seed);
        assertThat(TcpRandomScenario.of(after.getScenarioSeed())).isNotEqualTo(TcpRandomScenario.of(seed));
        assertThat(TcpNextStateDrill.prediction(TcpNextStateDrill.run(after.getScenarioSeed()), after.getScenarioSeed()))
                .as("the same kind of question").isInstanceOf(TcpPrediction.class);
        assertThat(logOf()).extracting(ReviewLogEntry::getGrade, ReviewLogEntry::getSource, ReviewLogEntry::getScenarioSeed)
                .containsExactly(tuple(Grade.AGAIN, ReviewSource.PREDICT, seed), tuple(Grade.GOOD, ReviewSource.REVIEW, seed));
        assertThat(browser.form("/review/scenario/grade", formOf(right.body(), "#review-grade", "grade=good")).statusCode())
                .as("the same grade posted twice").isEqualTo(409);
    }

    @Test
    void aTamperedSeedOrAForeignAnswerInReviewIsRefused() throws Exception {
        browser.form("/simulations/tcp/predict", formOf(question(), "#predict-form", "answer=TIME_WAIT"));
        ReviewCard filed = card().orElseThrow();
        clock.advance(Duration.ofMinutes(2));
        String asked = browser.get("/review").body();
        String form = formOf(asked, "#review-scenario", "");
        String seedField = "seed=" + filed.getScenarioSeed();

        assertThat(browser.form("/review/scenario/answer", form.replace(seedField, "seed=42") + "&answer=LISTEN").statusCode())
                .isEqualTo(400);
        assertThat(browser.form("/review/scenario/answer", form.replace(seedField, "seed=x") + "&answer=LISTEN").statusCode())
                .isEqualTo(400);
        assertThat(browser.form("/review/scenario/answer", form.replace(seedField, "seed=99999999999999999999") + "&answer=LISTEN")
                .statusCode()).isEqualTo(400);
        HttpResponse<String> foreign = browser.form("/review/scenario/answer", form + "&answer=HALF_OPEN");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(foreign.body()).select("#predict-answer-error").text()).contains("not one of the choices");
        assertThat(browser.form("/review/scenario/grade", form.replace(seedField, "seed=42") + "&grade=good").statusCode())
                .isEqualTo(400);
        assertThat(browser.form("/review/answer", "card=" + filed.getId() + "&version=" + filed.getVersion() + "&choice=b")
                .statusCode()).as("the item card pages do not take a scenario card").isEqualTo(404);
        assertThat(logOf()).as("nothing reviewed but the miss").hasSize(1);
    }
}
