package dev.interviewlab.review.today;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewCard;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.review.ReviewCards;
import dev.interviewlab.review.ReviewLogRepository;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.ScenarioReviews;
import dev.interviewlab.review.ReviewSource;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** /today, GET /api/review/today and the profile's day fields over HTTP, on a clock the test sets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class TodayFullStackTest {

    private static final Pattern LEARNER = Pattern.compile("learner=([A-Za-z0-9_-]{43})");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** 2030-03-04T10:00Z: 18:00 in Shanghai, 05:00 in New York */
    private static final Instant NOW = TestClockConfiguration.START;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ReviewCardRepository cards;

    @Autowired
    ReviewLogRepository log;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewPreferencesService preferences;

    @Autowired
    ScenarioReviews scenarios;

    private String topic;
    private String otherTopic;
    private List<QuizItem> item;
    private List<QuizItem> otherItem;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        QuizTestData data = new QuizTestData(categories, topics, items);
        String category = data.category("today");
        topic = data.topic("today", category);
        otherTopic = data.topic("weak", category);
        item = data.oneOfEachType(topic, Difficulty.BEGINNER);
        otherItem = data.oneOfEachType(otherTopic, Difficulty.BEGINNER);
    }

    private static String learnerCookie(SiteClient client) throws Exception {
        Matcher cookie = LEARNER.matcher(String.join("\n", client.get("/review").headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).isTrue();
        return cookie.group(1);
    }

    /** A card of the item reviewed Good at each time, in order. */
    private ReviewCard reviewedAt(AttemptOwner owner, QuizItem quizItem, Instant... times) {
        return transactions.execute(status -> {
            ReviewCard card = ReviewCards.newCard(cards, owner, quizItem, times[0]);
            for (Instant time : times) {
                card = ReviewCards.review(cards, log, card, Grade.GOOD, time, ReviewSource.REVIEW);
            }
            return card;
        });
    }

    private HttpResponse<String> getWithCookies(String path, String cookies) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookies).header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int reviewsOn(JsonNode today, String date) {
        for (JsonNode day : today.get("days")) {
            if (day.get("date").asString().equals(date)) {
                return day.get("reviews").asInt();
            }
        }
        throw new AssertionError("no day " + date);
    }

    private long accountId;

    private String newAccount(String password) {
        String username = "today-" + UUID.randomUUID().toString().substring(0, 8);
        accountId = accounts.register(username, "Today", password, password).getId();
        return username;
    }

    @Test
    void aGuestWithoutHistoryIsSentToTheHomePage() throws Exception {
        HttpResponse<String> page = new SiteClient(port, false).get("/today");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/");
    }

    @Test
    void theApiGivesAGuestWithoutHistoryZeros() throws Exception {
        HttpResponse<String> response = new SiteClient(port, false).get("/api/review/today");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode today = JSON.readTree(response.body());
        assertThat(today.get("dueCount").asInt()).isZero();
        assertThat(today.get("timeZone").asString()).isEqualTo("UTC");
        assertThat(today.get("days")).hasSize(365);
        assertThat(today.get("streak").get("goal").asInt()).isEqualTo(10);
        assertThat(today.get("weakTopics")).isEmpty();
    }

    @Test
    void aGuestsDaysFollowTheBrowsersZone() throws Exception {
        String learner = learnerCookie(new SiteClient(port, false));
        AttemptOwner owner = AttemptOwner.browser(learner);
        // either side of midnight in Shanghai (16:00Z), both on 3 March in UTC
        reviewedAt(owner, item.get(0), Instant.parse("2030-03-03T15:59:59Z"));
        reviewedAt(owner, item.get(1), Instant.parse("2030-03-03T16:00:00Z"));

        JsonNode shanghai = JSON.readTree(getWithCookies("/api/review/today", "learner=" + learner + "; tz=Asia/Shanghai").body());
        assertThat(shanghai.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(shanghai.get("date").asString()).isEqualTo("2030-03-04");
        assertThat(reviewsOn(shanghai, "2030-03-03")).isEqualTo(1);
        assertThat(reviewsOn(shanghai, "2030-03-04")).isEqualTo(1);

        JsonNode utc = JSON.readTree(getWithCookies("/api/review/today", "learner=" + learner).body());
        assertThat(utc.get("timeZone").asString()).isEqualTo("UTC");
        assertThat(reviewsOn(utc, "2030-03-03")).isEqualTo(2);
        assertThat(reviewsOn(utc, "2030-03-04")).isZero();

        JsonNode unknown = JSON.readTree(getWithCookies("/api/review/today", "learner=" + learner + "; tz=Mars/Olympus").body());
        assertThat(unknown.get("timeZone").asString()).as("an unknown zone is ignored").isEqualTo("UTC");
    }

    @Test
    void theTodayPageShowsDueCountStreakHeatmapAndWeakTopics() throws Exception {
        SiteClient browser = new SiteClient(port, false);
        AttemptOwner owner = AttemptOwner.browser(learnerCookie(browser));
        // a review every day of the last week on the strong topic, and one long-forgotten card on the weak topic
        Instant[] week = new Instant[7];
        for (int day = 0; day < 7; day++) {
            week[day] = NOW.minus(Duration.ofDays(6 - day)).minus(Duration.ofHours(1));
        }
        for (int i = 0; i < 3; i++) {
            reviewedAt(owner, item.get(i), week);
        }
        reviewedAt(owner, otherItem.get(0), NOW.minus(Duration.ofDays(200)));
        transactions.executeWithoutResult(status -> ReviewCards.newCard(cards, owner, otherItem.get(1), NOW));

        HttpResponse<String> response = browser.get("/today");
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        // written piece by piece (FilledPage): the length announced is the page's, in UTF-8 bytes
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(page.getBytes(StandardCharsets.UTF_8).length);
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page).contains("<svg id=\"activity-heatmap\"").contains("<title id=\"activity-heatmap-title\">")
                .contains("class=\"hm-level-1\"").contains("2030-03-04: 3 reviews")
                .doesNotContain("style=");
        // 22 reviews on 8 days; the table lists the days with reviews
        assertThat(page).contains("22 reviews on 8 days in the last 365 days").contains("<td>2030-02-26</td>");
        // 3 a day against the default goal of 10: no streak, 49 more reviews today would make today count
        assertThat(page).contains("0 days").contains("7-day average: 3.0 reviews a day · goal 10")
                .contains("49 more reviews today keep the pace.").contains("average at least your daily goal");
        // the new card is due; the weak topic links to its note and a review of it alone; the topic reviewed all
        // week is above the default target of 90 %, so it is not weak
        assertThat(page).contains("href=\"/review\"");
        assertThat(page).contains("href=\"/topics/" + otherTopic + "\"").contains("href=\"/review?topic=" + otherTopic + "\"")
                .doesNotContain("href=\"/topics/" + topic + "\"").contains("target retention of 90 %")
                .doesNotContain("none is weak right now");

        JsonNode today = JSON.readTree(browser.get("/api/review/today").body());
        assertThat(today.get("dueCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(today.get("streak").get("sevenDayAverage").asDouble()).isEqualTo(3.0);
        assertThat(today.get("streak").get("days").asInt()).isZero();
        assertThat(today.get("weakTopics").get(0).get("slug").asString()).isEqualTo(otherTopic);
        assertThat(today.get("weakTopics").get(0).get("review").asString()).isEqualTo("/review?topic=" + otherTopic);
        assertThat(today.get("weakTopics").get(0).get("cards").asInt()).as("the card never reviewed is left out").isEqualTo(1);
        assertThat(today.get("weakTopics")).hasSize(1);
        assertThat(today.get("targetRetention").asDouble()).isEqualTo(0.9);

        HttpResponse<String> inChinese = browser.get("/today", "zh");
        String chinese = inChinese.body();
        assertThat(inChinese.headers().firstValueAsLong("Content-Length"))
                .hasValue(chinese.getBytes(StandardCharsets.UTF_8).length);
        assertThat(chinese).contains("一年来的复习").contains("最薄弱的主题").contains("目标 10");
    }

    @Test
    void whenEveryReviewedTopicIsAboveTheTargetNoneIsListedAndThePageSaysSo() throws Exception {
        SiteClient browser = new SiteClient(port, false);
        AttemptOwner owner = AttemptOwner.browser(learnerCookie(browser));
        // one Good review a day ago: R(1 day) is about 0.95 on the first review's stability, above 0.90, below 0.97
        reviewedAt(owner, item.get(0), NOW.minus(Duration.ofDays(1)));
        reviewedAt(owner, otherItem.get(0), NOW.minus(Duration.ofDays(1)));

        String page = browser.get("/today").body();
        assertThat(page).contains("All 2 topics you have reviewed are above your target retention of 90 %: none is weak right now.")
                .doesNotContain("class=\"weak-topics\"").doesNotContain("None yet");
        assertThat(browser.get("/today", "zh").body()).contains("你复习过的 2 个主题都高于目标记忆保持率 90%：目前没有薄弱的主题。");
        JsonNode today = JSON.readTree(browser.get("/api/review/today").body());
        assertThat(today.get("weakTopics")).isEmpty();

        // the learner's own, higher target makes the same topics weak
        preferences.save(owner, new ReviewPreferencesService.SettingsInput(0.97, "", List.of(), 1), ZoneOffset.UTC);
        String stricter = browser.get("/today").body();
        assertThat(stricter).contains("target retention of 97 %").contains("href=\"/topics/" + topic + "\"")
                .contains("href=\"/topics/" + otherTopic + "\"").doesNotContain("none is weak right now");
        assertThat(JSON.readTree(browser.get("/api/review/today").body()).get("targetRetention").asDouble()).isEqualTo(0.97);
    }

    @Test
    void aDueScenarioCardCountsOnce() throws Exception {
        SiteClient browser = new SiteClient(port, false);
        AttemptOwner owner = AttemptOwner.browser(learnerCookie(browser));
        scenarios.missed(owner, "tcp:next-state");
        clock.set(NOW.plus(Duration.ofDays(1)));
        assertThat(JSON.readTree(browser.get("/api/review/today").body()).get("dueCount").asInt()).isEqualTo(1);
        reviewedAt(owner, item.get(0), NOW);
        assertThat(JSON.readTree(browser.get("/api/review/today").body()).get("dueCount").asInt()).isEqualTo(2);
    }

    /**
     * The layout around the Today page is kept for every visitor and only the visitor's own parts are rendered per
     * request: in turns (each page is filled into the layout kept from the other's request), each learner sees
     * their own name, figures and sign-out token, and a guest with history sees neither.
     */
    @Test
    void twoLearnersInTurnsSeeOnlyTheirOwnTodayPage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SiteClient ada = signedIn("Ada " + suffix);
        long adaId = accountId;
        SiteClient bob = signedIn("Bob " + suffix);
        reviewedAt(AttemptOwner.account(adaId), otherItem.get(0), NOW.minus(Duration.ofDays(200)));
        String adaToken = ada.csrfToken();
        String bobToken = bob.csrfToken();
        SiteClient guest = new SiteClient(port, false);
        reviewedAt(AttemptOwner.browser(learnerCookie(guest)), item.get(0), NOW.minus(Duration.ofDays(1)));

        for (int round = 0; round < 2; round++) {
            String adaPage = ada.get("/today").body();
            assertThat(adaPage).contains("Ada " + suffix).doesNotContain("Bob " + suffix)
                    .contains("href=\"/topics/" + otherTopic + "\"").contains("1 review on 1 day");
            assertThat(csrfTokens(adaPage)).isNotEmpty().containsOnly(SiteClient.unmask(adaToken));

            String bobPage = bob.get("/today").body();
            assertThat(bobPage).contains("Bob " + suffix).doesNotContain("Ada " + suffix)
                    .doesNotContain("href=\"/topics/" + otherTopic + "\"").contains("No reviews in the last 365 days yet.");
            assertThat(csrfTokens(bobPage)).isNotEmpty().containsOnly(SiteClient.unmask(bobToken));

            HttpResponse<String> guestPage = guest.get("/today");
            assertThat(guestPage.statusCode()).isEqualTo(200);
            assertThat(guestPage.body()).contains("href=\"/login\"").doesNotContain(suffix).doesNotContain("name=\"_csrf\"")
                    .doesNotContain("reader-part");
        }
    }

    private SiteClient signedIn(String displayName) throws Exception {
        String username = "today-" + UUID.randomUUID().toString().substring(0, 8);
        accountId = accounts.register(username, displayName, "today passphrase", "today passphrase").getId();
        SiteClient browser = new SiteClient(port, false);
        assertThat(browser.signIn(username, "today passphrase").statusCode()).isEqualTo(302);
        return browser;
    }

    /** The page's form tokens, unmasked. */
    private static List<String> csrfTokens(String page) {
        return Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page).results()
                .map(match -> SiteClient.unmask(match.group(1))).toList();
    }

    @Test
    void aSignedInLearnerLandsOnTodayAndKeepsTheHomePageOneLinkAway() throws Exception {
        String username = newAccount("today passphrase");
        SiteClient browser = new SiteClient(port, false);
        HttpResponse<String> signedIn = browser.signIn(username, "today passphrase");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/today");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/today");
        assertThat(browser.get("/?home=1").statusCode()).isEqualTo(200);
        HttpResponse<String> page = browser.get("/today");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/today\"").contains("No reviews in the last 365 days yet.")
                .contains("href=\"/account#day-heading\"");
        // a year without reviews is said plainly, not counted as "no reviews on no day"
        assertThat(page.body()).contains("<p class=\"muted\">No reviews in the last 365 days</p>").doesNotContain("no day");
        assertThat(browser.get("/today", "zh").body()).contains("<p class=\"muted\">最近 365 天没有复习</p>");
    }

    @Test
    void theProfilesZoneAndGoalComeBeforeTheBrowsers() throws Exception {
        String username = newAccount("zone passphrase");
        SiteClient browser = new SiteClient(port, false);
        browser.signIn(username, "zone passphrase");
        HttpResponse<String> saved = browser.form("/account/day", "timeZone=Asia%2FShanghai&dailyGoal=3");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/account?daySaved");
        AttemptOwner owner = AttemptOwner.account(accountId);
        reviewedAt(owner, item.get(0), Instant.parse("2030-03-03T16:00:00Z"));

        // the session's principal was refreshed: no new sign-in needed
        JsonNode today = JSON.readTree(browser.get("/api/review/today").body());
        assertThat(today.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(today.get("streak").get("goal").asInt()).isEqualTo(3);
        assertThat(reviewsOn(today, "2030-03-04")).isEqualTo(1);
        String account = browser.get("/account").body();
        assertThat(account).contains("<option value=\"Asia/Shanghai\" selected=\"selected\">")
                .contains("value=\"3\"");
    }

    @Test
    void theAccountPagePreselectsTheBrowsersZoneWhileTheProfileSetsNone() throws Exception {
        String username = newAccount("select passphrase");
        SiteClient browser = new SiteClient(port, false);
        String session = browser.signIn(username, "select passphrase").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow();
        // the same session, with the tz cookie timezone.js sets
        String page = getWithCookies("/account", session + "; tz=America/New_York").body();
        assertThat(page).contains("<option value=\"America/New_York\" selected=\"selected\">")
                .contains("Not saved yet: this is your browser&#39;s time zone.");
    }

    @Test
    void theProfileRefusesAnUnknownZoneAndAGoalOutOfBounds() throws Exception {
        String username = newAccount("bad day passphrase");
        SiteClient browser = new SiteClient(port, false);
        browser.signIn(username, "bad day passphrase");
        for (String body : List.of("timeZone=Mars%2FOlympus&dailyGoal=10", "timeZone=%2B08%3A00&dailyGoal=10",
                "timeZone=Etc%2FGMT%2B5&dailyGoal=10", "timeZone=" + "A".repeat(300) + "&dailyGoal=10")) {
            HttpResponse<String> refused = browser.form("/account/day", body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).contains("Choose a time zone from the list.").contains("aria-invalid=\"true\"");
        }
        for (String goal : List.of("0", "501", "-1", "ten", "", "2.5", "99999999999")) {
            HttpResponse<String> refused = browser.form("/account/day", "timeZone=UTC&dailyGoal=" + SiteClient.encode(goal));
            assertThat(refused.statusCode()).as(goal).isEqualTo(400);
            assertThat(refused.body()).contains("Enter a whole number from 1 to 500.");
        }
        HttpResponse<String> both = browser.form("/account/day", "timeZone=Nowhere&dailyGoal=0");
        assertThat(both.body()).contains("Choose a time zone from the list.").contains("Enter a whole number from 1 to 500.");
        HttpResponse<String> chinese = browser.send("POST", "/account/day?lang=zh", "application/x-www-form-urlencoded",
                "timeZone=Nowhere&dailyGoal=0");
        assertThat(chinese.statusCode()).isEqualTo(400);
        // nothing was stored
        var account = accounts.find(accountId);
        assertThat(account.getTimeZone()).isNull();
        assertThat(account.getDailyGoal()).isEqualTo(10);
        // a blank zone clears the profile's zone (the browser's is used again), the bounds are accepted
        assertThat(browser.form("/account/day", "timeZone=&dailyGoal=500").statusCode()).isEqualTo(302);
        assertThat(browser.form("/account/day", "timeZone=UTC&dailyGoal=1").statusCode()).isEqualTo(302);
        assertThat(accounts.find(accountId).getTimeZone()).isEqualTo("UTC");
    }
}
