package dev.interviewlab.quiz;

import dev.interviewlab.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.attempt.AttemptRepository;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.bank.AnswerKey;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz over HTTP like a browser without JavaScript (form posts), and like an API client,
 * on the fixture bank (quiz-fixtures/valid) with a clock the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class QuizFullStackTest {

    private static final Pattern ATTEMPT_ID = Pattern.compile("/quizzes/attempts/([0-9a-f-]{36})");
    private static final Pattern QUESTION_TYPE = Pattern.compile("data-type=\"([a-z-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    QuizItemRepository items;

    @Autowired
    AttemptService service;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    dev.interviewlab.quiz.bank.QuestionBank bank;

    private SiteClient browser;

    @BeforeEach
    void newBrowserEachTest() {
        browser = newBrowser();
    }

    private SiteClient newBrowser() {
        return new SiteClient(port, false);
    }

    private HttpResponse<String> send(SiteClient client, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(method, path, contentType, body);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.get(path);
    }

    private HttpResponse<String> form(String path, String body) throws IOException, InterruptedException {
        return browser.form(path, body);
    }

    private HttpResponse<String> json(SiteClient client, String method, String path, String body) throws IOException, InterruptedException {
        return client.json(method, path, body);
    }

    /** The right answer of the question at a position, from the database, as form fields. */
    private String rightAnswerAsForm(String attemptId, int position) {
        return transactions.execute(status ->
                QuizTestData.rightAnswerAsForm(attempts.findByPublicId(attemptId).orElseThrow().question(position).getItem().answerKey()));
    }

    private String start(String formBody) throws Exception {
        HttpResponse<String> started = form("/quizzes", formBody);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher id = ATTEMPT_ID.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    @Test
    void theHomePageOffersThisBrowsersOpenQuizUntilItIsSubmitted() throws Exception {
        HttpResponse<String> first = get("/?lang=en");
        assertThat(first.body()).doesNotContain("Continue your quiz");
        assertThat(first.headers().allValues("Set-Cookie")).as("the home page gives no learner cookie")
                .noneMatch(cookie -> cookie.startsWith("learner="));

        String id = start("topics=tcp-connection-states&count=3&minutes=6");
        String page = "/quizzes/attempts/" + id;
        assertThat(form(page, "question=1&" + rightAnswerAsForm(id, 1) + "&go=next").statusCode()).isEqualTo(302);
        clock.advance(Duration.ofSeconds(75));

        String home = get("/?lang=en").body();
        assertThat(home).contains("Continue your quiz").contains("1 of 3 answered").contains("4 min 45 s left")
                .contains("href=\"" + page + "\">Continue the quiz</a>");
        assertThat(home.substring(home.indexOf("continue-quiz-title"))).startsWith("continue-quiz-title\">TCP");
        assertThat(get("/?lang=zh").body()).contains("继续你的测验").contains("已答 1 / 3 题").contains("还剩 4 分 45 秒");
        assertThat(newBrowser().get("/?lang=en").body()).as("another browser").doesNotContain("Continue your quiz");

        assertThat(form(page + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(get("/?lang=en").body()).doesNotContain("Continue your quiz");

        String late = start("topics=tcp-connection-states&count=3&minutes=1");
        assertThat(get("/?lang=en").body()).contains("href=\"/quizzes/attempts/" + late + "\">Continue the quiz</a>");
        clock.advance(Duration.ofMinutes(2));
        assertThat(get("/?lang=en").body()).as("an attempt past its deadline").doesNotContain("Continue your quiz");
    }

    @Test
    void aLearnerWithoutJavaScriptTakesAQuizAndReadsAnExplainedResultAndHistory() throws Exception {
        clock.advance(Duration.ofHours(1));
        // on CI's shared PostgreSQL database the built-in items may be there too: count what is there
        int networking = Math.min(10, bank.catalog().category("networking").orElseThrow().total());
        int websocket = Math.min(5, bank.catalog().topic("websocket").orElseThrow().total());
        HttpResponse<String> home = get("/");
        assertThat(home.body()).contains("Networking: " + networking + " questions, " + QuizOffers.minutesFor(networking) + " minutes")
                .contains("href=\"/quizzes\"");
        assertThat(get("/topics/websocket").body())
                .contains("WebSocket: " + websocket + " questions, " + QuizOffers.minutesFor(websocket) + " minute");
        assertThat(get("/quizzes").headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("learner=") && cookie.contains("HttpOnly"));

        String id = start("topics=tcp-connection-states&count=5&minutes=6");
        String page = "/quizzes/attempts/" + id;
        for (int position = 1; position <= 5; position++) {
            HttpResponse<String> question = get(page + "?q=" + position);
            assertThat(question.statusCode()).isEqualTo(200);
            assertThat(question.body()).contains("Question " + position + " of 5").contains("data-remaining-seconds=");
            Matcher type = QUESTION_TYPE.matcher(question.body());
            assertThat(type.find()).isTrue();
            String answer = position == 5 ? "" : "&" + rightAnswerAsForm(id, position); // the last one is left unanswered
            HttpResponse<String> saved = form(page, "question=" + position + answer + (position == 2 ? "&flagged=true" : "") + "&go=next");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(get(page + "/review").body()).contains("4 of 5 answered, 1 flagged for review.");

        assertThat(form(page + "/submit", "").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page + "/result"));
        assertThat(form(page + "/submit", "").statusCode()).as("submitting twice is harmless").isEqualTo(302);
        HttpResponse<String> result = get(page + "/result");
        assertThat(result.body()).contains("4 of 5 points (80 %)").contains("1 min 40 s").contains("submitted by you")
                .contains("href=\"/topics/tcp-connection-states\"").contains("Why").contains("not answered");
        assertThat(attempts.findByPublicId(id).orElseThrow().getScoreMillis()).isEqualTo(4000);

        HttpResponse<String> history = get("/quizzes/history");
        assertThat(history.body()).contains("<svg id=\"quiz-trend\"").contains("Networking: 80 % (#").contains(id);
    }

    @Test
    void anotherBrowserCannotSeeOrChangeTheAttempt() throws Exception {
        String id = start("topics=websocket&count=2&minutes=5");
        SiteClient other = newBrowser();

        assertThat(send(other, "GET", "/quizzes/attempts/" + id, null, null).statusCode()).isEqualTo(404);
        assertThat(send(other, "POST", "/quizzes/attempts/" + id + "/submit", "application/x-www-form-urlencoded", "").statusCode()).isEqualTo(404);
        HttpResponse<String> api = json(other, "PUT", "/api/quizzes/attempts/" + id + "/questions/1/answer", "{\"answer\":true}");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"code\":\"attempt-not-found\"");
        assertThat(json(other, "GET", "/api/quizzes/attempts/" + id + "/result", null).statusCode()).isEqualTo(404);
        assertThat(get("/quizzes/attempts/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void tamperedFormsAreRefusedAndNothingIsSaved() throws Exception {
        String id = start("topics=websocket&count=2&minutes=5");
        String page = "/quizzes/attempts/" + id;

        assertThat(form(page, "question=7&choice=a&go=next").statusCode()).isEqualTo(400);
        assertThat(form(page, "question=abc&choice=a&go=next").statusCode()).isEqualTo(400);
        Integer withOptions = transactions.execute(status -> attempts.findByPublicId(id).orElseThrow().getQuestions().stream()
                .filter(question -> question.getItem().getType() != dev.interviewlab.quiz.bank.ItemType.FILL_IN)
                .findFirst().orElseThrow().getPosition());
        String tampered = "&choice=%3Cscript%3E&choices=zz&order=zz&order=zz&order=zz&order=zz&order=zz&order=zz";
        assertThat(form(page, "question=" + withOptions + tampered + "&go=next").statusCode()).isEqualTo(400);
        int available = bank.catalog().topic("websocket").orElseThrow().total();
        assertThat(form("/quizzes", "topics=websocket&count=" + (available + 1) + "&minutes=5").body())
                .contains("Your choice has only " + available + " questions");
        assertThat(form("/quizzes", "count=3&minutes=5").statusCode()).isEqualTo(400);
        assertThat(form("/quizzes", "topics=websocket&count=2&minutes=-5").statusCode()).isEqualTo(400);
        Boolean nothingSaved = transactions.execute(status -> attempts.findByPublicId(id).orElseThrow().getQuestions().stream()
                .noneMatch(question -> question.isAnswered()));
        assertThat(nothingSaved).isTrue();
    }

    @Test
    void theApiTakesAQuizAndRefusesAnAnswerAfterTheDeadlineAndItsGrace() throws Exception {
        HttpResponse<String> created = json(browser, "POST", "/api/quizzes/attempts",
                "{\"topics\":[\"websocket\"],\"count\":2,\"minutes\":1}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replace("/api/quizzes/attempts/", "");
        String api = "/api/quizzes/attempts/" + id;
        assertThat(created.body()).contains("\"remainingSeconds\":60").doesNotContain("correctAnswer");
        // no explanation of a drawn item is sent while the attempt is open (compared as plain text)
        List<String> explanations = transactions.execute(status -> attempts.findByPublicId(id).orElseThrow().getQuestions()
                .stream().map(question -> plain(question.getItem().getExplanation().en())).toList());
        assertThat(explanations).hasSize(2).allSatisfy(explanation -> assertThat(plain(created.body()))
                .doesNotContain(explanation.substring(0, Math.min(40, explanation.length()))));

        Map<Integer, String> rightAnswers = transactions.execute(status -> {
            var attempt = attempts.findByPublicId(id).orElseThrow();
            return Map.of(1, jsonAnswer(attempt.question(1).getItem().answerKey()), 2, jsonAnswer(attempt.question(2).getItem().answerKey()));
        });
        clock.advance(Duration.ofSeconds(64)); // 4 s into the grace
        HttpResponse<String> inGrace = json(browser, "PUT", api + "/questions/1/answer", "{\"answer\":" + rightAnswers.get(1) + "}");
        assertThat(inGrace.statusCode()).as(inGrace.body()).isEqualTo(200);
        assertThat(inGrace.body()).contains("\"answeredCount\":1");

        clock.advance(Duration.ofSeconds(2)); // past deadline + 5 s
        HttpResponse<String> late = json(browser, "PUT", api + "/questions/2/answer", "{\"answer\":" + rightAnswers.get(2) + "}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("\"code\":\"late-answer\"").contains("not counted");

        HttpResponse<String> result = json(browser, "GET", api + "/result", null);
        assertThat(result.body()).contains("\"score\":1.0").contains("\"finishReason\":\"expired\"").contains("\"timeUsedSeconds\":60")
                .contains("\"url\":\"/topics/websocket\"");
        HttpResponse<String> again = json(browser, "POST", api + "/submit", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"score\":1.0").contains("\"timeUsedSeconds\":60");
    }

    @Test
    void badApiSettingsAreProblemDetails() throws Exception {
        for (String body : List.of("{\"topics\":[\"websocket\"],\"count\":2,\"minutes\":0}",
                "{\"topics\":[\"websocket\"],\"count\":2,\"minutes\":-5}",
                "{\"topics\":[\"websocket\"],\"count\":2,\"minutes\":1000000000}",
                "{\"topics\":[\"websocket\"],\"count\":99,\"minutes\":5}",
                "{\"topics\":[],\"count\":2,\"minutes\":5}")) {
            HttpResponse<String> response = json(browser, "POST", "/api/quizzes/attempts", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"errors\":[{");
        }
    }

    @Test
    void anAbandonedAttemptIsClosedByTheSweepAtItsDeadline() throws Exception {
        String id = start("topics=websocket&count=2&minutes=1");
        Instant deadline = attempts.findByPublicId(id).orElseThrow().getDeadline();
        clock.advance(Duration.ofMinutes(30));

        service.closeOverdue();

        var closed = attempts.findByPublicId(id).orElseThrow();
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.getFinishedAt()).isEqualTo(deadline);
        assertThat(get("/quizzes/attempts/" + id).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/result"));
    }

    @Test
    void theScriptAndStylesAreServed() throws Exception {
        assertThat(get("/assets/js/quiz.js").body()).contains("quiz-countdown");
        assertThat(get("/assets/css/quiz.css").statusCode()).isEqualTo(200);
    }

    private static String jsonAnswer(AnswerKey key) {
        if (key instanceof AnswerKey.Single single) {
            return "\"" + single.option() + "\"";
        }
        if (key instanceof AnswerKey.TrueFalse truth) {
            return Boolean.toString(truth.value());
        }
        if (key instanceof AnswerKey.FillIn fillIn) {
            return "\"" + fillIn.accepted().get(0).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        List<String> options = key instanceof AnswerKey.Multiple multiple ? multiple.options().stream().sorted().toList()
                : ((AnswerKey.Ordering) key).order();
        return "[" + String.join(",", options.stream().map(option -> "\"" + option + "\"").toList()) + "]";
    }

    /** Text without Markdown or HTML marks and JSON escapes, to compare an explanation with a response. */
    private static String plain(String text) {
        return text.replaceAll("<[^>]+>", "").replaceAll("[`*_\"\\\\]", "");
    }
}
