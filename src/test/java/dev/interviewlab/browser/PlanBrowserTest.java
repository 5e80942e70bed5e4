package dev.interviewlab.browser;

import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner sets an interview date on {@code /review/plan} and sees the plan: the chart and the table with the
 * same days, on a desktop and a phone, in English and Chinese. Screenshots go to {@code target/plan-screenshots/}.
 */
class PlanBrowserTest extends BrowserTest {

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    QuestionBank bank;

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @ParameterizedTest
    @CsvSource({"1280, en", "375, en", "1280, zh", "375, zh"})
    void aLearnerSetsAnInterviewDateAndSeesThePlan(int width, String language) throws Exception {
        browser.manage().window().setSize(new Dimension(width, width == 375 ? 740 : 900));
        QuizTestData data = new QuizTestData(categories, topics, items);
        String category = data.category("plan");
        data.oneOfEachType(data.topic("plan", category), Difficulty.BEGINNER);
        bank.forget();
        becomeANewGuest();
        open("/review/plan?lang=" + language);
        assertThat(browser.findElements(By.cssSelector("#review-plan-chart"))).isEmpty();

        LocalDate interview = LocalDate.now(ZoneOffset.UTC).plusDays(21);
        browser.executeScript("arguments[0].value = arguments[1]", find("#interviewDate"), interview.toString());
        WebElement box = find("input[type=checkbox][value='" + category + "']");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
        find("#exposures").clear();
        find("#exposures").sendKeys("3");
        clickAndWaitForNewPage(".plan-form button[type=submit]");

        WebElement chart = find("#review-plan-chart");
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getRect().getWidth()).as("the chart fits the screen").isLessThanOrEqualTo(width);
        List<WebElement> rows = browser.findElements(By.cssSelector(".plan-table tbody tr"));
        assertThat(rows.size()).isBetween(20, 21); // the reader's today is UTC's, or a day later
        assertThat(browser.findElements(By.cssSelector("#review-plan-chart .bar-new"))).isNotEmpty();
        assertThat(find(".plan-summary").getText()).contains(language.equals("en") ? "5 new questions" : "5 道新题");
        assertThat(find("#plan-heading").getLocation().getY()).as("the plan heads the page").isLessThan(width == 375 ? 740 : 900);
        assertPageIsHealthy();
        screenshot("plan-" + width + "-" + language);
        browser.executeScript("arguments[0].scrollIntoView()", find(".plan-table"));
        screenshot("plan-table-" + width + "-" + language);
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "plan-screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
