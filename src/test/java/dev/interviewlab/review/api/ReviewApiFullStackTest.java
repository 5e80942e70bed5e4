package dev.interviewlab.review.api;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.review.ReviewCards;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/review/...} over HTTP with the CSRF header, as a script in the learner's browser uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class ReviewApiFullStackTest {

    private static final Pattern LEARNER = Pattern.compile("learner=([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ReviewCardRepository cards;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    QuestionBank bank;

    @Autowired
    ReviewPreferencesService preferences;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    private SiteClient browser;
    private AttemptOwner owner;
    private String category;
    /** single (B), multiple (A, C), true/false (true), fill-in (TIME_WAIT), ordering (a, b, c) */
    private List<QuizItem> item;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(TestClockConfiguration.START);
        QuizTestData data = new QuizTestData(categories, topics, items);
        category = data.category("api");
        item = data.oneOfEachType(data.topic("api", category), Difficulty.BEGINNER);
        bank.forget();
        browser = new SiteClient(port, false);
        owner = learnerOf(browser);
    }

    private static AttemptOwner learnerOf(SiteClient client) throws Exception {
        HttpResponse<String> first = client.get("/review");
        Matcher cookie = LEARNER.matcher(String.join("\n", first.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).isTrue();
        return AttemptOwner.browser(cookie.group(1));
    }

    private long card(AttemptOwner of, QuizItem quizItem, Duration ago) {
        return transactions.execute(status -> ReviewCards.newCard(cards, of, quizItem, clock.instant().minus(ago))).getId();
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return browser.json("POST", path, body);
    }

    @Test
    void theNextCardHasItsQuestionWithoutTheAnswerKey() throws Exception {
        card(owner, item.get(0), Duration.ofMinutes(3));
        card(owner, item.get(3), Duration.ofMinutes(1));

        HttpResponse<String> response = browser.get("/api/review/next");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode next = body(response);
        assertThat(next.get("dueCount").asInt()).isEqualTo(2);
        JsonNode card = next.get("card");
        assertThat(card.get("type").asString()).isEqualTo("single");
        assertThat(card.get("version").asLong()).isZero();
        assertThat(card.get("options")).isNotEmpty().allMatch(option -> option.has("id") && option.has("text"));
        assertThat(response.body()).doesNotContain("B it is").doesNotContain("correct");
        assertThat(card.get("links").get("answer").asString()).isEqualTo("/api/review/cards/" + card.get("id").asLong() + "/answer");
    }

    @Test
    void withNothingDueTheNextCardIsNullAndSaysWhenTheNextIsDue() throws Exception {
        assertThat(body(browser.get("/api/review/next")).get("card").isNull()).isTrue();
        card(owner, item.get(0), Duration.ofHours(-2));
        JsonNode next = body(browser.get("/api/review/next"));
        assertThat(next.get("dueCount").asInt()).isZero();
        assertThat(next.get("nextDueAt").asString()).isEqualTo("2030-03-04T12:00:00Z");
    }

    @Test
    void anAnswerReturnsFeedbackTheExplanationAndTheFourIntervalsThenAGradeReviewsTheCardOnce() throws Exception {
        long id = card(owner, item.get(0), Duration.ofMinutes(1));

        HttpResponse<String> answered = post("/api/review/cards/" + id + "/answer", "{\"version\":0,\"answer\":\"b\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        JsonNode feedback = body(answered);
        assertThat(feedback.get("right").asBoolean()).isTrue();
        assertThat(feedback.get("correctAnswer").asString()).isEqualTo("b");
        assertThat(feedback.get("explanation").asString()).contains("B it is");
        assertThat(feedback.get("suggestedGrade").asString()).isEqualTo("good");
        JsonNode intervals = feedback.get("intervals");
        assertThat(intervals.get("again").asLong()).isEqualTo(60);
        assertThat(intervals.get("good").asLong()).isEqualTo(600);
        assertThat(intervals.get("easy").asLong()).isEqualTo(16 * 86_400);

        HttpResponse<String> graded = post("/api/review/cards/" + id + "/grade", "{\"version\":0,\"grade\":\"good\"}");
        assertThat(graded.statusCode()).isEqualTo(200);
        assertThat(body(graded).get("version").asLong()).isEqualTo(1);
        assertThat(body(graded).get("state").asString()).isEqualTo("learning");
        assertThat(body(graded).get("dueAt").asString()).isEqualTo("2030-03-04T10:10:00Z");

        clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> again = post("/api/review/cards/" + id + "/grade", "{\"version\":0,\"grade\":\"good\"}");
        assertThat(again.statusCode()).as("the same grade sent twice").isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("stale-version");
        assertThat(post("/api/review/cards/" + id + "/grade", "{\"version\":1,\"grade\":\"good\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherLearnersCardIsNotFoundAndUntouched() throws Exception {
        SiteClient other = new SiteClient(port, false);
        long othersCard = card(learnerOf(other), item.get(0), Duration.ofMinutes(1));

        for (String path : List.of("/answer", "/grade")) {
            HttpResponse<String> response = post("/api/review/cards/" + othersCard + path, "{\"version\":0,\"answer\":\"b\",\"grade\":\"good\"}");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(body(response).get("code").asString()).isEqualTo("card-not-found");
        }
        assertThat(body(browser.get("/api/review/next")).get("card").isNull()).isTrue();
        assertThat(cards.findById(othersCard).orElseThrow().getVersion()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/answer | {\"answer\":\"b\"}                | 400",
            "/answer | {\"version\":0}                   | 400",
            "/answer | {\"version\":0,\"answer\":{}}      | 400",
            "/answer | {\"version\":-1,\"answer\":\"b\"}  | 400",
            "/answer | not json                          | 400",
            "/grade  | {\"version\":0,\"grade\":\"great\"} | 400",
            "/grade  | {\"version\":0}                   | 400",
            "/grade  | {\"version\":\"x\",\"grade\":\"good\"} | 400",
            "/grade  | []                                | 400"})
    void badInputIsAProblemDetailNeverA500(String path, String requestBody, int status) throws Exception {
        long id = card(owner, item.get(0), Duration.ofMinutes(1));
        HttpResponse<String> response = post("/api/review/cards/" + id + path, requestBody);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(body(response).get("detail").asString()).isNotBlank();
    }

    @Test
    void badIdsAndTopicsAreProblemDetails() throws Exception {
        assertThat(post("/api/review/cards/abc/answer", "{\"version\":0,\"answer\":\"b\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/review/cards/99999999999999999999/grade", "{\"version\":0,\"grade\":\"good\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/review/cards/987654321/grade", "{\"version\":0,\"grade\":\"good\"}").statusCode()).isEqualTo(404);
        assertThat(browser.get("/api/review/next?topic=%3Cscript%3E").statusCode()).isEqualTo(400);
        long notDue = card(owner, item.get(1), Duration.ofHours(-1));
        HttpResponse<String> early = post("/api/review/cards/" + notDue + "/grade", "{\"version\":0,\"grade\":\"good\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(body(early).get("code").asString()).isEqualTo("not-due");
    }

    @Test
    void withoutTheCsrfHeaderAWriteIsRefused() throws Exception {
        long id = card(owner, item.get(0), Duration.ofMinutes(1));
        assertThat(browser.sendWithoutCsrfToken("POST", "/api/review/cards/" + id + "/grade", "application/json",
                "{\"version\":0,\"grade\":\"good\"}").statusCode()).isEqualTo(403);
        assertThat(browser.sendWithoutCsrfToken("PUT", "/api/review/preferences", "application/json",
                "{\"desiredRetention\":0.8,\"exposures\":1}").statusCode()).isEqualTo(403);
    }

    @Test
    void preferencesAreReadAndReplacedWithEveryWrongFieldListed() throws Exception {
        JsonNode defaults = body(browser.get("/api/review/preferences"));
        assertThat(defaults.get("desiredRetention").asDouble()).isEqualTo(0.90);
        assertThat(defaults.get("interviewDate").isNull()).isTrue();

        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(14).toString();
        HttpResponse<String> saved = browser.json("PUT", "/api/review/preferences",
                "{\"desiredRetention\":0.85,\"interviewDate\":\"" + date + "\",\"categories\":[\"" + category + "\"],\"exposures\":2}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(body(browser.get("/api/review/preferences")).get("interviewDate").asString()).isEqualTo(date);

        HttpResponse<String> wrong = browser.json("PUT", "/api/review/preferences",
                "{\"desiredRetention\":0.99,\"interviewDate\":\"yesterday\",\"categories\":[\"nope\"],\"exposures\":9}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(body(wrong).get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("desiredRetention", "interviewDate", "categories", "exposures");
        assertThat(browser.json("PUT", "/api/review/preferences", "{\"desiredRetention\":\"high\"}").statusCode()).isEqualTo(400);
        assertThat(browser.json("PUT", "/api/review/preferences", "{}").statusCode()).isEqualTo(400);
        assertThat(body(browser.get("/api/review/preferences")).get("desiredRetention").asDouble()).isEqualTo(0.85);
    }

    @Test
    void thePlanIsTheDaysUntilTheInterviewOr404WithoutOne() throws Exception {
        HttpResponse<String> none = browser.get("/api/review/plan");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(body(none).get("code").asString()).isEqualTo("no-plan");

        card(owner, item.get(0), Duration.ofMinutes(1));
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(10).toString();
        browser.json("PUT", "/api/review/preferences",
                "{\"desiredRetention\":0.9,\"interviewDate\":\"" + date + "\",\"categories\":[\"" + category + "\"],\"exposures\":1}");
        JsonNode plan = body(browser.get("/api/review/plan"));
        assertThat(plan.get("days")).hasSize(10);
        assertThat(plan.get("newItems").asInt()).isEqualTo(4);
        assertThat(plan.get("fits").asBoolean()).isTrue();
        assertThat(plan.get("days").get(0).get("reviews").asInt()).isEqualTo(1);
        assertThat(plan.get("days").get(9).get("retention").asDouble()).isEqualTo(0.95);
    }
}
