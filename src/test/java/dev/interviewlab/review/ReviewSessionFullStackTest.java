package dev.interviewlab.review;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.fsrs.CardState;
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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The review session over HTTP, as a browser without JavaScript uses it (form posts), on a clock the test moves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class ReviewSessionFullStackTest {

    private static final Pattern LEARNER = Pattern.compile("learner=([A-Za-z0-9_-]{43})");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

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
    dev.interviewlab.account.AccountService accounts;

    private SiteClient browser;
    private AttemptOwner owner;
    private String topic;
    private String otherTopic;
    /** single (B), multiple (A, C), true/false (true), fill-in (TIME_WAIT), ordering (a, b, c) */
    private List<QuizItem> item;
    private List<QuizItem> otherItem;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(TestClockConfiguration.START);
        QuizTestData data = new QuizTestData(categories, topics, items);
        String category = data.category("recall");
        topic = data.topic("recall", category);
        otherTopic = data.topic("other", category);
        item = data.oneOfEachType(topic, Difficulty.BEGINNER);
        otherItem = data.oneOfEachType(otherTopic, Difficulty.BEGINNER);
        browser = new SiteClient(port, false);
        owner = learnerOf(browser);
    }

    private static AttemptOwner learnerOf(SiteClient client) throws Exception {
        HttpResponse<String> first = client.get("/review");
        Matcher cookie = LEARNER.matcher(String.join("\n", first.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).as("the review page gives a guest the learner cookie quizzes use").isTrue();
        return AttemptOwner.browser(cookie.group(1));
    }

    /** A new card of the owner, due {@code ago} before now. */
    private ReviewCard card(AttemptOwner of, QuizItem quizItem, Duration ago) {
        return transactions.execute(status -> cards.save(new ReviewCard(of, quizItem, clock.instant().minus(ago))));
    }

    private List<ReviewLogEntry> logOf(AttemptOwner of) {
        return transactions.execute(status -> log.findAllOf(of.type(), of.key()));
    }

    private static String version(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as(page).isTrue();
        return version.group(1);
    }

    private HttpResponse<String> answer(ReviewCard card, String version, String fields) throws Exception {
        return browser.form("/review/answer", "card=" + card.getId() + "&version=" + version + "&" + fields);
    }

    private HttpResponse<String> grade(ReviewCard card, String version, String grade) throws Exception {
        return browser.form("/review/grade", "card=" + card.getId() + "&version=" + version + "&grade=" + grade);
    }

    @Test
    void theSoonestDueCardIsShownWithoutItsAnswerOrExplanation() throws Exception {
        card(owner, item.get(3), Duration.ofMinutes(5));
        card(owner, item.get(0), Duration.ofMinutes(1));

        HttpResponse<String> page = browser.get("/review");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Name the state").contains("action=\"/review/answer\"").contains("2 cards due")
                .contains("name=\"text\"")
                .doesNotContain("TIME_WAIT").doesNotContain("time wait").doesNotContain("Pick B");
    }

    @Test
    void anOrderingCardNeverShowsItsOptionsInTheRightOrder() throws Exception {
        card(owner, item.get(4), Duration.ofMinutes(1));
        String page = browser.get("/review").body();
        String list = page.substring(page.indexOf("ordering-items"), page.indexOf("</ul>", page.indexOf("ordering-items")));
        assertThat(list).contains("First").contains("Second").contains("Third");
        assertThat(list.indexOf("First") < list.indexOf("Second") && list.indexOf("Second") < list.indexOf("Third"))
                .as("options in their right order would give the answer away: " + list).isFalse();
        assertThat(page).doesNotContain("First, second, third");
    }

    @Test
    void withNothingDueThePageSaysWhenTheNextCardIsDueAndOffersAQuiz() throws Exception {
        String empty = browser.get("/review").body();
        assertThat(empty).contains("Nothing is due for review").contains("You have no review cards yet")
                .contains("href=\"/quizzes\"");
        assertThat(browser.get("/review", "zh").body()).contains("现在没有需要复习的题");

        ReviewCard later = card(owner, item.get(0), Duration.ofHours(-5));
        String waiting = browser.get("/review").body();
        assertThat(waiting).contains("Nothing is due for review").contains("The next card is due")
                .contains("2030-03-04 15:00 UTC").doesNotContain("Pick B");
        assertThat(answer(later, "0", "choice=b").statusCode()).as("a card not due yet").isEqualTo(409);
    }

    @Test
    void aRightAnswerShowsTheExplanationAndSuggestsGoodWithEachGradesInterval() throws Exception {
        ReviewCard card = card(owner, item.get(0), Duration.ofMinutes(1));
        HttpResponse<String> feedback = answer(card, version(browser.get("/review").body()), "choice=b");

        assertThat(feedback.statusCode()).isEqualTo(200);
        String page = feedback.body();
        assertThat(page).contains("You knew it.").contains("B it is").contains("action=\"/review/grade\"");
        // a new card: Again 1 min, Hard 6 min, Good 10 min (the learning steps), Easy days (FSRS-6 w3)
        assertThat(page).contains("1 min").contains("6 min").contains("10 min").contains("16 d");
        assertThat(page).containsPattern("value=\"good\"\\s+class=\"[^\"]*is-suggested[^\"]*\"[^>]*autofocus")
                .doesNotContainPattern("value=\"again\"\\s+class=\"[^\"]*is-suggested").containsOnlyOnce("autofocus=");
        assertThat(logOf(owner)).as("answering alone reviews nothing").isEmpty();
    }

    @Test
    void aWrongAnswerSuggestsAgain() throws Exception {
        ReviewCard card = card(owner, item.get(3), Duration.ofMinutes(1));
        String page = answer(card, version(browser.get("/review").body()), "text=LISTEN").body();
        assertThat(page).contains("Not quite").contains("TIME_WAIT")
                .containsPattern("value=\"again\"\\s+class=\"[^\"]*is-suggested[^\"]*\"[^>]*autofocus");
    }

    @Test
    void aGradeReviewsTheCardOnceAndShowsTheNextDueCard() throws Exception {
        ReviewCard first = card(owner, item.get(0), Duration.ofMinutes(2));
        card(owner, item.get(2), Duration.ofMinutes(1));
        String version = version(browser.get("/review").body());
        assertThat(answer(first, version, "choice=b").statusCode()).isEqualTo(200);

        HttpResponse<String> graded = grade(first, version, "hard");
        assertThat(graded.statusCode()).isEqualTo(302);
        assertThat(graded.headers().firstValue("Location").orElseThrow()).endsWith("/review");
        assertThat(logOf(owner)).extracting(entry -> entry.getCard().getId(), ReviewLogEntry::getGrade,
                        ReviewLogEntry::getSource, ReviewLogEntry::getStateBefore, ReviewLogEntry::getReviewedAt)
                .containsExactly(tuple(first.getId(), Grade.HARD, ReviewSource.REVIEW, CardState.NEW, clock.instant()));
        ReviewCard after = cards.findById(first.getId()).orElseThrow();
        assertThat(after.getState()).isEqualTo(CardState.LEARNING);
        assertThat(after.getDueAt()).isAfter(clock.instant());

        assertThat(browser.get("/review").body()).as("the next due card").contains("True?").contains("1 card due");

        HttpResponse<String> again = grade(first, version, "hard");
        assertThat(again.statusCode()).as("the same grade posted twice").isEqualTo(409);
        assertThat(again.body()).contains("was not graded again");
        assertThat(logOf(owner)).hasSize(1);
        assertThat(answer(first, version, "choice=b").statusCode()).as("an answer to the graded version").isEqualTo(409);

        clock.advance(Duration.ofHours(1));
        HttpResponse<String> late = grade(first, version, "hard");
        assertThat(late.statusCode()).as("the old form again once the card is due again").isEqualTo(409);
        assertThat(late.body()).contains("was not graded again");
        assertThat(logOf(owner)).hasSize(1);
    }

    @Test
    void anotherVisitorsCardIsNotFoundAndNotReviewed() throws Exception {
        SiteClient other = new SiteClient(port, false);
        AttemptOwner otherOwner = learnerOf(other);
        ReviewCard theirs = card(otherOwner, item.get(0), Duration.ofMinutes(1));

        HttpResponse<String> answered = answer(theirs, "0", "choice=b");
        assertThat(answered.statusCode()).isEqualTo(404);
        assertThat(answered.body()).contains("There is no such review card among yours.").doesNotContain("B it is");
        assertThat(grade(theirs, "0", "good").statusCode()).isEqualTo(404);
        assertThat(browser.form("/review/grade", "card=999999999&version=0&grade=good").statusCode()).isEqualTo(404);
        assertThat(logOf(otherOwner)).isEmpty();
        assertThat(other.get("/review").body()).contains("Pick B");
    }

    @Test
    void aRetiredItemsCardPostedByItsNumberIsNotFoundAndNotReviewed() throws Exception {
        ReviewCard due = card(owner, item.get(0), Duration.ofMinutes(1));
        transactions.executeWithoutResult(status -> items.findById(item.get(0).getId()).orElseThrow()
                .retireInSite(clock.instant()));

        assertThat(answer(due, "0", "choice=b").statusCode()).isEqualTo(404);
        assertThat(grade(due, "0", "good").statusCode()).isEqualTo(404);
        assertThat(logOf(owner)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessage() throws Exception {
        ReviewCard card = card(owner, item.get(0), Duration.ofMinutes(1));

        HttpResponse<String> unknownGrade = grade(card, "0", "perfect");
        assertThat(unknownGrade.statusCode()).isEqualTo(400);
        assertThat(unknownGrade.body()).contains("is not a grade");
        HttpResponse<String> malformed = browser.form("/review/grade", "card=abc&version=0&grade=good");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("The field card must be a number");
        assertThat(browser.form("/review/answer", "version=0&choice=b").statusCode()).as("no card").isEqualTo(400);
        assertThat(browser.get("/review?topic=..%2Fetc").statusCode()).isEqualTo(400);

        HttpResponse<String> missing = answer(card, "0", "");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("form-error").contains("Pick B").doesNotContain("B it is");
        HttpResponse<String> unknownOption = answer(card, "0", "choice=z");
        assertThat(unknownOption.statusCode()).isEqualTo(400);
        assertThat(logOf(owner)).isEmpty();
    }

    @Test
    void aTopicSessionShowsOnlyThatTopicsCards() throws Exception {
        card(owner, otherItem.get(0), Duration.ofMinutes(10));
        ReviewCard mine = card(owner, item.get(2), Duration.ofMinutes(1));

        String page = browser.get("/review?topic=" + topic).body();
        assertThat(page).contains("True?").contains("name=\"topic\" value=\"" + topic + "\"");
        String version = version(page);
        assertThat(browser.form("/review/grade", "card=" + mine.getId() + "&version=" + version + "&grade=good&topic=" + topic)
                .headers().firstValue("Location").orElseThrow()).endsWith("/review?topic=" + topic);
        assertThat(browser.get("/review?topic=" + topic).body()).contains("Nothing of").contains("The next card is due");
        assertThat(browser.get("/review").body()).as("every topic").contains("Pick B");
    }

    @Test
    void aSignedInLearnerReviewsTheAccountsCards() throws Exception {
        String username = "reviewer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long accountId = accounts.register(username, "Reviewer", "review passphrase", "review passphrase").getId();
        ReviewCard accountCard = card(AttemptOwner.account(accountId), item.get(2), Duration.ofMinutes(1));
        browser.signIn(username, "review passphrase");

        String page = browser.get("/review").body();
        assertThat(page).contains("True?");
        HttpResponse<String> graded = grade(accountCard, version(page), "easy");
        assertThat(graded.statusCode()).isEqualTo(302);
        assertThat(logOf(AttemptOwner.account(accountId))).extracting(ReviewLogEntry::getGrade).containsExactly(Grade.EASY);
    }

    @Test
    void theHomePagesDueCountLinksToTheSession() throws Exception {
        card(owner, item.get(0), Duration.ofMinutes(1));
        assertThat(browser.get("/?lang=en").body()).contains("1 item is due for review").contains("href=\"/review\"");
    }
}
