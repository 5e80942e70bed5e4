package dev.interviewlab.browser;

import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.review.ReviewCards;
import dev.interviewlab.review.ReviewLogEntry;
import dev.interviewlab.review.ReviewLogRepository;
import dev.interviewlab.review.ReviewSource;
import dev.interviewlab.review.fsrs.Grade;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review session in Chromium with the keys only: four cards answered and graded with 1, 2, 3 and 4, on a
 * desktop and a phone; after answering, the four grade buttons are on screen. Screenshots of the question,
 * feedback and nothing-due pages go to {@code target/review-screenshots/}.
 */
class ReviewBrowserTest extends BrowserTest {

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
    TransactionTemplate transactions;

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void aLearnerReviewsTenCardsWithTheKeysAlone(int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, width == 375 ? 740 : 900));
        becomeANewGuest();
        open("/review?lang=en");
        AttemptOwner owner = AttemptOwner.browser(browser.manage().getCookieNamed("learner").getValue());
        QuizTestData data = new QuizTestData(categories, topics, items);
        String category = data.category("keys");
        // single choice (right: b) and true/false (right: true) items, oldest due first
        List<QuizItem> due = new ArrayList<>();
        for (String topic : List.of(data.topic("keys", category), data.topic("more-keys", category))) {
            for (Difficulty difficulty : Difficulty.values()) {
                List<QuizItem> ofEachType = data.oneOfEachType(topic, difficulty);
                due.add(ofEachType.get(0));
                due.add(ofEachType.get(2));
            }
        }
        due.subList(10, due.size()).clear();
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < due.size(); i++) {
                ReviewCards.newCard(cards, owner, due.get(i), now.minusSeconds(60 - i));
            }
        });
        // every grade, Again last: an Again card is due again a minute later, which would change the order
        String keys = "2342342341";

        for (int i = 0; i < keys.length(); i++) {
            boolean first = i == 0;
            open("/review");
            assertThat(find("main h1").getText()).isEqualTo("Review");
            if (first) {
                screenshot("question-" + width);
                assertPageIsHealthy();
            }
            // the right answer, chosen and sent with the keyboard: focus the radio, Space selects it, Enter sends
            answerRightWithTheKeyboard();

            assertThat(find(".review-verdict").getText()).contains("You knew it.");
            List<WebElement> grades = findAll(".review-grade");
            assertThat(grades).hasSize(4);
            for (WebElement grade : grades) {
                assertThat(inViewport(grade)).as("grade button %s on screen at %d px", grade.getText(), width).isTrue();
            }
            assertThat(find(".review-grade.is-suggested").getAttribute("value")).isEqualTo("good");
            if (first) {
                screenshot("feedback-" + width);
                assertPageIsHealthy();
            }
            String pressed = keys.substring(i, i + 1);
            navigating(() -> new Actions(browser).sendKeys(pressed).perform());
        }

        assertThat(find("main").getText()).contains("Nothing is due for review").contains("The next card is due");
        screenshot("nothing-due-" + width);
        assertPageIsHealthy();
        List<ReviewLogEntry> reviews = transactions.execute(status -> log.findAllOf(owner.type(), owner.key()));
        assertThat(reviews).extracting(ReviewLogEntry::getGrade)
                .containsExactly(Grade.HARD, Grade.GOOD, Grade.EASY, Grade.HARD, Grade.GOOD, Grade.EASY,
                        Grade.HARD, Grade.GOOD, Grade.EASY, Grade.AGAIN);
        assertThat(reviews).extracting(ReviewLogEntry::getSource).containsOnly(ReviewSource.REVIEW);
    }

    private static boolean inViewport(WebElement element) {
        Object inside = browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth;",
                element);
        return Boolean.TRUE.equals(inside);
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "review-screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
