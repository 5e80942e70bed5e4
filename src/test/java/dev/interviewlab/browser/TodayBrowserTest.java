package dev.interviewlab.browser;

import dev.interviewlab.account.AccountRepository;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewCard;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.review.ReviewCards;
import dev.interviewlab.review.ReviewLogRepository;
import dev.interviewlab.review.ReviewSource;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.today.LocalDays;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in learner with a week of reviews behind them lands on /today, reviews three cards of one topic
 * with the keys, and sees them on the heatmap and in the streak; then lowers the daily goal in the profile
 * and the streak grows. On a desktop and a phone; screenshots (English and Chinese) go to
 * {@code target/today-screenshots/}.
 */
class TodayBrowserTest extends BrowserTest {

    private static final int PER_PAST_DAY = 12;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    ReviewCardRepository cards;

    @Autowired
    ReviewLogRepository log;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void aLearnerReviewsThenSeesTheHeatmapAndTheStreak(int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, width == 375 ? 740 : 900));
        becomeANewGuest();
        String username = signInAs(Role.LEARNER);
        assertThat(find("main h1").getText()).as("a sign-in lands on Today").isEqualTo("Today");
        AttemptOwner owner = AttemptOwner.account(accountRepository.findByUsername(username).orElseThrow().getId());
        // timezone.js has told the server the browser's zone
        ZoneId zone = ZoneId.of(browser.manage().getCookieNamed("tz").getValue());
        LocalDate today = LocalDays.dayOf(Instant.now(), zone);

        QuizTestData data = new QuizTestData(categories, topics, items);
        String category = data.category("daily");
        String sessionTopic = data.topic("daily", category);
        String pastTopic = data.topic("past", category);
        String forgottenTopic = data.topic("forgotten", category);
        QuizItem forgotten = data.oneOfEachType(forgottenTopic, Difficulty.BEGINNER).get(0);
        List<QuizItem> session = data.oneOfEachType(sessionTopic, Difficulty.BEGINNER);
        List<QuizItem> past = new java.util.ArrayList<>(data.oneOfEachType(pastTopic, Difficulty.BEGINNER));
        past.addAll(data.oneOfEachType(pastTopic, Difficulty.ADVANCED));
        transactions.executeWithoutResult(status -> {
            // the seven days before today: 12 reviews each (one card per day, reviewed every few minutes)
            for (int ago = 1; ago <= 7; ago++) {
                Instant noon = LocalDays.startOf(today.minusDays(ago), zone).plus(Duration.ofHours(12));
                ReviewCard card = ReviewCards.newCard(cards, owner, past.get(ago), noon);
                for (int n = 0; n < PER_PAST_DAY; n++) {
                    card = ReviewCards.review(cards, log, card, Grade.GOOD, noon.plus(Duration.ofMinutes(n)), ReviewSource.QUIZ);
                }
            }
            // one card reviewed 400 days ago (before the heatmap's year): long below the target retention
            Instant now = Instant.now();
            Instant longAgo = now.minus(Duration.ofDays(400));
            ReviewCards.review(cards, log, ReviewCards.newCard(cards, owner, forgotten, longAgo), Grade.GOOD, longAgo,
                    ReviewSource.QUIZ);
            // single choice (right: b), true/false (right: true), and another single choice due now
            ReviewCards.newCard(cards, owner, session.get(0), now.minusSeconds(30));
            ReviewCards.newCard(cards, owner, session.get(2), now.minusSeconds(20));
            ReviewCards.newCard(cards, owner, data.oneOfEachType(sessionTopic, Difficulty.ADVANCED).get(0), now.minusSeconds(10));
        });

        for (int n = 0; n < 3; n++) {
            open("/review?topic=" + sessionTopic + "&lang=en");
            answerRightWithTheKeyboard();
            navigating(() -> new Actions(browser).sendKeys("3").perform());
        }

        open("/today?lang=en");
        String main = find("main").getText();
        // 7 × 12 before today and 3 today: today, yesterday and the day before keep the pace of 10 a day
        assertThat(main).contains("3 days").contains("7-day average: 10.7 reviews a day · goal 10")
                .contains("Today keeps the pace.").contains("87 reviews on 8 days");
        assertThat(find("#activity-heatmap").isDisplayed()).isTrue();
        assertThat(findAll("#activity-heatmap .hm-day")).hasSize(365);
        assertThat(browser.getPageSource()).contains(today + ": 3 reviews");
        // the forgotten topic is below the target; the topic just reviewed is above it, so it is not weak
        assertThat(find(".today-weak li:first-child .weak-title").getAttribute("href")).endsWith("/topics/" + forgottenTopic);
        assertThat(findAll(".today-weak .weak-title")).extracting(link -> link.getAttribute("href"))
                .noneMatch(href -> href.endsWith("/topics/" + sessionTopic));
        assertNothingWiderThanTheScreen();
        screenshot("today-" + width);
        find(".heatmap-table summary").click();
        assertThat(find(".heatmap-table tbody tr:first-child").getText()).contains(today.toString()).contains("3");
        assertPageIsHealthy();

        open("/today?lang=zh");
        assertThat(find("main").getText()).contains("3 天").contains("一年来的复习");
        assertNothingWiderThanTheScreen();
        screenshot("today-zh-" + width);
        assertPageIsHealthy();

        // a lower goal: from the fifth day back every 7-day average reaches 5
        open("/account?lang=en");
        assertThat(find("#timeZone option[selected]").getAttribute("value")).isEqualTo(zone.getId());
        WebElement goal = find("#dailyGoal");
        goal.clear();
        goal.sendKeys("5");
        clickAndWaitForNewPage("form[action='/account/day'] button[type=submit]");
        assertThat(find(".notice").getText()).contains("saved");
        open("/today?lang=en");
        assertThat(find("main").getText()).contains("6 days").contains("goal 5");
        screenshot("today-goal5-" + width);
        becomeANewGuest();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void whenEveryTopicIsAboveTheTargetTodaySaysNoneIsWeak(int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, width == 375 ? 740 : 900));
        becomeANewGuest();
        String username = signInAs(Role.LEARNER);
        AttemptOwner owner = AttemptOwner.account(accountRepository.findByUsername(username).orElseThrow().getId());
        QuizTestData data = new QuizTestData(categories, topics, items);
        String topic = data.topic("fresh", data.category("fresh"));
        QuizItem item = data.oneOfEachType(topic, Difficulty.BEGINNER).get(0);
        // one Good review a day ago: about 95 % recall, above the default target of 90 %
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        transactions.executeWithoutResult(status -> ReviewCards.review(cards, log,
                ReviewCards.newCard(cards, owner, item, dayAgo), Grade.GOOD, dayAgo, ReviewSource.QUIZ));

        open("/today?lang=en");
        assertThat(find(".today-weak-none").getText())
                .isEqualTo("The topic you have reviewed is above your target retention of 90 %: none is weak right now.");
        assertThat(findAll(".today-weak li")).isEmpty();
        assertNothingWiderThanTheScreen();
        screenshot("today-none-weak-" + width);
        assertPageIsHealthy();
        open("/today?lang=zh");
        assertThat(find(".today-weak-none").getText()).isEqualTo("你复习过的这个主题高于目标记忆保持率 90%：目前没有薄弱的主题。");
        assertNothingWiderThanTheScreen();
        screenshot("today-none-weak-zh-" + width);
        becomeANewGuest();
    }

    private static void assertNothingWiderThanTheScreen() {
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow").isLessThanOrEqualTo(0L);
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "today-screenshots"));
        Long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.width, (int) Math.min(height + 150, 3000)));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(size);
    }
}
