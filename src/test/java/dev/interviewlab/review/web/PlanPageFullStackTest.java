package dev.interviewlab.review.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItemRepository;
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

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /review/plan} over HTTP as a browser without JavaScript uses it: the form, its errors, the chart and table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class PlanPageFullStackTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    QuestionBank bank;

    private SiteClient browser;
    private String category;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        QuizTestData data = new QuizTestData(categories, topics, items);
        category = data.category("planpage");
        data.oneOfEachType(data.topic("planpage", category), Difficulty.BEGINNER);
        bank.forget();
        browser = new SiteClient(port, false);
    }

    private HttpResponse<String> save(String fields) throws Exception {
        return browser.form("/review/plan", fields);
    }

    @Test
    void withoutADateThePageOffersTheFormWithTheDefaults() throws Exception {
        HttpResponse<String> page = browser.get("/review/plan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No interview date is set").contains("value=\"0.90\"").contains("value=\"" + category + "\"")
                .doesNotContain("<svg");
        assertThat(browser.get("/review/plan", "zh").body()).contains("面试计划").contains("尚未设定面试日期");
    }

    @Test
    void aSavedDateShowsTheChartAndTheSameNumbersInATable() throws Exception {
        HttpResponse<String> saved = save("interviewDate=" + today.plusDays(12) + "&categories=" + category
                + "&exposures=2&desiredRetention=0.85");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/review/plan");

        String page = browser.get("/review/plan").body();
        String svg = page.substring(page.indexOf("<svg id=\"review-plan-chart\""), page.indexOf("</svg>") + 6);
        assertThat(svg).contains("<title id=\"review-plan-chart-title\">").contains("<desc id=\"review-plan-chart-desc\">")
                .contains("class=\"bar-new\"").contains("class=\"bar-reviews\"").doesNotContain("style=").doesNotContain("<script");
        assertThat(page).contains("Your plan until " + today.plusDays(12) + " (12 days)")
                .contains("5 new questions, each seen 2 times,");
        assertThat(page).contains("<th scope=\"row\">" + today + "</th>").contains("<th scope=\"row\">" + today.plusDays(11) + "</th>")
                .doesNotContain("<th scope=\"row\">" + today.plusDays(12) + "</th>");
        assertThat(page).contains("value=\"0.85\"").containsPattern("value=\"" + category + "\"[^>]*checked");
        assertThat(browser.get("/review/plan", "zh").body()).contains("每天的复习与新题").contains("5 道新题，每道看 2 次");
    }

    @Test
    void whenNTimesCannotFitThePageSaysSo() throws Exception {
        save("interviewDate=" + today.plusDays(2) + "&categories=" + category + "&exposures=5&desiredRetention=0.9");
        assertThat(browser.get("/review/plan").body()).contains("Seeing every question 5 times does not fit")
                .contains("All 5 new questions are put on today");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "interviewDate=2000-01-01&exposures=1&desiredRetention=0.9 | interviewDate-error | Choose a date after today",
            "interviewDate=tomorrow&exposures=1&desiredRetention=0.9   | interviewDate-error | year-month-day",
            "interviewDate=&exposures=0&desiredRetention=0.9           | exposures-error     | from 1 to 5",
            "interviewDate=&exposures=two&desiredRetention=0.9         | exposures-error     | from 1 to 5",
            "interviewDate=&exposures=1&desiredRetention=0.69          | desiredRetention-error | between 0.70 and 0.97",
            "interviewDate=&exposures=1&desiredRetention=NaN           | desiredRetention-error | between 0.70 and 0.97",
            "interviewDate=&exposures=1&desiredRetention=0.9&categories=no-such | categories | is not a quiz category",
            "''                                                        | exposures-error     | from 1 to 5"})
    void badFieldsComeBackWithTheirErrors(String fields, String errorId, String message) throws Exception {
        HttpResponse<String> refused = save(fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Please correct the fields marked below.").contains(errorId).contains(message)
                .contains("aria-invalid=\"true\"");
        assertThat(browser.get("/review/plan").body()).contains("No interview date is set");
    }

    @Test
    void thePlansDaysAreTheBrowsersDays() throws Exception {
        save("interviewDate=" + today.plusDays(3) + "&exposures=1&desiredRetention=0.9");
        // 10:00 UTC is already tomorrow in Kiritimati (UTC+14): two days to go there
        String page = browser.getWithCookie("/review/plan", "tz=Pacific/Kiritimati").body();
        assertThat(page).contains("(2 days)").contains("Pacific/Kiritimati");
    }
}
