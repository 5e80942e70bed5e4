package dev.interviewlab.browser;

import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A timed quiz in a real browser: build, answer with autosave, resume, run out of time, read the result. */
class QuizBrowserTest extends BrowserTest {

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    QuestionBank bank;

    @Test
    void aOneMinuteQuizAutosavesResumesAndIsSubmittedWhenTimeRunsOut() {
        open("/quizzes?lang=en&topics=websocket");
        assertThat(find("#topic-websocket").isSelected()).isTrue();
        assertPageIsHealthy();
        find("#count").clear();
        find("#count").sendKeys("3");
        find("#minutes").clear();
        find("#minutes").sendKeys("1");
        clickAndWaitForNewPage("form.quiz-form button[type=submit]");

        assertThat(find("#quiz-countdown").getText()).matches("0:[0-5]\\d|1:00");
        assertPageIsHealthy();
        String attemptUrl = browser.getCurrentUrl();

        String answeredId = answerTheQuestionOnScreen().getAttribute("id");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-save-state"), "saved"));
        assertThat(find("#quiz-progress").getAttribute("value")).isEqualTo("1");

        // leave and come back: the answer and the deadline are the server's
        open("/?lang=en");
        browser.get(attemptUrl + "?q=1");
        assertThat(find(".question-number").getText()).startsWith("Question 1 of 3");
        assertThat(find("#quiz-progress").getAttribute("value")).isEqualTo("1");
        assertThat(isAnswered(answeredId)).isTrue();

        // nobody submits: the page does it when the server's deadline passes
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.urlContains("/result"));
        assertThat(find("main").getText()).contains("automatically");
        assertThat(findAll(".explanation, .result-explanation, [class*=explanation]")).isNotEmpty();
        assertThat(find("main a[href='/topics/websocket']").isDisplayed()).isTrue();
        assertPageIsHealthy();
    }

    /**
     * Each kind of answer given on its page (a click, two boxes, typed text, an order) and saved by the page's
     * script is in its field when the learner comes back: a field that shows nothing invites answering again.
     */
    @Test
    void everyKindOfAnswerSavedByTheAutosaveIsInItsFieldWhenTheLearnerComesBack() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        String topic = data.topic("comeback", data.category("comeback"));
        data.oneOfEachType(topic, Difficulty.BEGINNER);
        bank.forget();
        becomeANewGuest();
        open("/quizzes?lang=en&topics=" + topic + "&count=5&minutes=10");
        clickAndWaitForNewPage("form.quiz-form button[type=submit]");
        String attemptUrl = browser.getCurrentUrl();

        Map<Integer, String> given = new LinkedHashMap<>();
        for (int n = 1; n <= 5; n++) {
            open(attemptUrl.substring(attemptUrl.indexOf("/quizzes")) + "?q=" + n);
            String type = find("#quiz-question").getAttribute("data-type");
            switch (type) {
                case "single" -> find("label[for='" + find("#quiz-question input[value=b]").getAttribute("id") + "']").click();
                case "multiple" -> {
                    find("label[for='" + find("#quiz-question input[value=a]").getAttribute("id") + "']").click();
                    find("label[for='" + find("#quiz-question input[value=c]").getAttribute("id") + "']").click();
                }
                case "true-false" -> find("label[for='" + find("#quiz-question input[value=true]").getAttribute("id") + "']").click();
                case "fill-in" -> find("#answer-text").sendKeys("time wait");
                default -> {
                    List<WebElement> slots = findAll("#quiz-question select[name=order]");
                    for (int i = 0; i < slots.size(); i++) {
                        new Select(slots.get(i)).selectByIndex(slots.size() - i);
                    }
                }
            }
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-save-state"), "saved"));
            assertThat(find("#quiz-progress").getAttribute("value")).isEqualTo(Integer.toString(n));
            given.put(n, type + ": " + shownAnswer());
        }
        assertThat(given.values()).allSatisfy(answer -> assertThat(answer).doesNotEndWith(": "));

        open("/?lang=en");
        for (int n = 1; n <= 5; n++) {
            // the page the server sends, before any script could fill a field from the browser's storage
            browser.executeScript("localStorage.clear()");
            open(attemptUrl.substring(attemptUrl.indexOf("/quizzes")) + "?q=" + n);
            assertThat(find("#quiz-question").getAttribute("data-type") + ": " + shownAnswer()).as("question " + n)
                    .isEqualTo(given.get(n));
        }
        assertPageIsHealthy();
    }

    /** The answer the question's fields show, as text: checked values, typed text or the chosen order. */
    private String shownAnswer() {
        List<String> shown = new ArrayList<>();
        for (WebElement field : findAll("#quiz-question input[type=radio], #quiz-question input[type=checkbox]")) {
            if (field.isSelected()) {
                shown.add(field.getAttribute("value"));
            }
        }
        for (WebElement field : findAll("#quiz-question input[type=text]")) {
            shown.add(field.getAttribute("value"));
        }
        for (WebElement slot : findAll("#quiz-question select[name=order]")) {
            shown.add(new Select(slot).getFirstSelectedOption().getAttribute("value"));
        }
        return String.join(",", shown);
    }

    @Test
    void submitNowWithQuestionsUnansweredShowsTheSummaryBeforeSubmitting() {
        open("/quizzes?lang=en&topics=websocket&count=3&minutes=5");
        clickAndWaitForNewPage("form.quiz-form button[type=submit]");
        String attemptUrl = browser.getCurrentUrl();
        answerTheQuestionOnScreen();

        clickAndWaitForNewPage("#quiz-finish button[type=submit]");
        assertThat(browser.getCurrentUrl()).isEqualTo(attemptUrl + "/review");
        assertThat(find("#unanswered-heading").getText()).contains("2 questions are still unanswered");
        assertThat(findAll(".unanswered-list a")).extracting(WebElement::getText).containsExactly("Question 2", "Question 3");
        assertThat(find("#quiz-countdown").getText()).matches("[45]:\\d\\d");
        assertThat(find("#quiz-progress").getAttribute("value")).as("the answer on screen was saved").isEqualTo("1");
        assertPageIsHealthy();

        clickAndWaitForNewPage("#quiz-back");
        assertThat(find(".question-number").getText()).startsWith("Question 2 of 3");
        clickAndWaitForNewPage("#quiz-finish button[type=submit]");
        clickAndWaitForNewPage("#quiz-finish button[type=submit]");
        assertThat(browser.getCurrentUrl()).isEqualTo(attemptUrl + "/result");
        assertThat(find("main").getText()).contains("submitted by you");
    }

    @Test
    void theDeadlineShowsInTheReadersTimeZone() {
        browser.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Asia/Shanghai"));
        try {
            open("/quizzes?lang=en&topics=websocket&count=3&minutes=5");
            clickAndWaitForNewPage("form.quiz-form button[type=submit]");
            WebElement deadline = find("#quiz-deadline");
            java.time.Instant at = java.time.Instant.parse(deadline.getAttribute("datetime"));
            String shanghai = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                    .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(at);
            String utc = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC).format(at);
            assertThat(deadline.getText()).isEqualTo("(ends at " + shanghai + " GMT+8)");
            assertThat(deadline.getAttribute("title")).isEqualTo("(ends at " + utc + " UTC)");
            assertPageIsHealthy();
        } finally {
            browser.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
        }
    }

    /** Answers whatever the first question is (choice, text or ordering) and returns the element used. */
    private WebElement answerTheQuestionOnScreen() {
        if (!findAll("#quiz-question .choices input").isEmpty()) {
            WebElement choice = find("#quiz-question .choices input");
            find("label[for='" + choice.getAttribute("id") + "']").click();
            return choice;
        }
        if (!findAll("#quiz-question input[type=text]").isEmpty()) {
            WebElement text = find("#quiz-question input[type=text]");
            text.sendKeys("upgrade");
            return text;
        }
        // an ordering: put an item in every position (a partial order is not an answer yet)
        List<WebElement> slots = findAll("#quiz-question select[name=order]");
        for (int i = 0; i < slots.size(); i++) {
            new Select(slots.get(i)).selectByIndex(i + 1);
        }
        return slots.get(0);
    }

    private boolean isAnswered(String id) {
        WebElement element = find("#" + id);
        return switch (element.getTagName()) {
            case "select" -> new Select(element).getFirstSelectedOption().getAttribute("value") != null
                    && !new Select(element).getFirstSelectedOption().getAttribute("value").isEmpty();
            case "input" -> "text".equals(element.getAttribute("type")) ? !element.getAttribute("value").isEmpty() : element.isSelected();
            default -> false;
        };
    }
}
