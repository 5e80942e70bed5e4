package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main actions show their outcome where the learner is looking: a simulation's result page
 * opens at the result, a ready-made quiz button opens the quiz's first question, and stepping a
 * replay leaves the diagram and the buttons on the screen. At a desktop and a phone width.
 */
class ClicksLandInViewBrowserTest extends BrowserTest {

    private static final int DESKTOP_HEIGHT = 900;
    private static final int PHONE_HEIGHT = 800;

    @AfterEach
    void backToDesktop() {
        browser.manage().window().setSize(new Dimension(1280, DESKTOP_HEIGHT));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void aCacheScenarioAndTheRunButtonOpenAtTheResults(int width) {
        atWidth(width);
        open("/simulations/cache?lang=en");
        clickAndWaitForNewPage(".cache-presets li:first-child a");
        assertStartsOnScreen("#results", "the scenario's results");

        open("/simulations/cache?lang=en");
        clickAndWaitForNewPage("#settings button[type=submit]");
        assertStartsOnScreen("#results", "the run's results");
        assertThat(find("#results h2").getText()).isEqualTo("Results");

        // a refused form: the errors are what the learner must see
        open("/simulations/cache?lang=en");
        find("#capacity").clear();
        find("#capacity").sendKeys("lots");
        clickAndWaitForNewPage("#settings button[type=submit]");
        assertStartsOnScreen("#settings .form-error", "the form's errors");
        assertNoConsoleErrors();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void aTcpPresetAndTheRunButtonOpenAtTheResult(int width) {
        atWidth(width);
        open("/simulations/tcp?lang=en");
        clickAndWaitForNewPage(".tcp-presets li:nth-child(3) a");
        assertStartsOnScreen(".tcp-result", "the preset's run");

        clickAndWaitForNewPage(".tcp-form button[type=submit]");
        assertStartsOnScreen(".tcp-result", "the run of the form");
        assertNoConsoleErrors();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void gitRunCompareAndTheFormOpenAtTheResult(int width) {
        atWidth(width);
        open("/simulations/git?lang=en");
        clickAndWaitForNewPage(".git-preset-list li:nth-child(3) a:first-of-type");
        assertStartsOnScreen(".git-run", "the preset's run");

        open("/simulations/git?lang=en");
        clickAndWaitForNewPage(".git-preset-list li:nth-child(3) a:last-of-type");
        assertStartsOnScreen(".git-compare", "the comparison");

        open("/simulations/git?lang=en");
        clickAndWaitForNewPage(".git-form button[type=submit]");
        assertStartsOnScreen(".git-run", "the run of the form");

        // checking the answers of the run's quiz comes back to the quiz
        clickAndWaitForNewPage(".git-quiz button[type=submit]");
        assertStartsOnScreen(".git-quiz", "the checked answers");
        assertNoConsoleErrors();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void aReadyMadeQuizButtonStartsTheQuizAtItsFirstQuestion(int width) {
        becomeANewGuest();
        atWidth(width);
        open("/quizzes?lang=en");
        String offer = find(".quiz-offers li:last-child .button-offer").getText();
        clickAndWaitForNewPage(".quiz-offers li:last-child .button-offer");

        assertThat(browser.getCurrentUrl()).matches(".*/quizzes/attempts/[^/?#]+$");
        assertThat(find(".question-number").getText()).isEqualTo("Question 1 of " + offer.replaceAll(".*: (\\d+) questions.*", "$1"));
        assertStartsOnScreen(".question", "the first question");
        assertNoConsoleErrors();
        becomeANewGuest();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void aQuizOfferedOnTheHomePageOpensTheQuizFormAtItsStartButton(int width) {
        becomeANewGuest();
        atWidth(width);
        open("/?lang=en");
        // home and topic pages are the same for every guest, so their offers are links (no CSRF token) to the form
        clickAndWaitForNewPage(".quiz-offers li:last-child a.button-offer");
        assertThat(find(".category-choices input:checked").getAttribute("value")).isNotBlank();
        assertStartsOnScreen("#count", "the number of questions");
        assertStartsOnScreen("form.quiz-form button[type=submit]", "the start button");

        clickAndWaitForNewPage("form.quiz-form button[type=submit]");
        assertThat(find(".question-number").getText()).startsWith("Question 1 of ");
        assertStartsOnScreen(".question", "the first question");
        assertNoConsoleErrors();
        becomeANewGuest();
    }

    @ParameterizedTest
    @CsvSource({
            "/simulations/tcp?preset=normal-close&lang=en, .tcp-diagram-box, 1280",
            "/simulations/tcp?preset=normal-close&lang=en, .tcp-diagram-box, 375",
            "/simulations/git?preset=rebaseFive&lang=en, .git-graphs, 1280",
            "/simulations/git?preset=rebaseFive&lang=en, .git-graphs, 375",
            "/simulations/cache/run?lang=en, .cache-sequence, 1280",
            "/simulations/cache/run?lang=en, .cache-sequence, 375"})
    void nextKeepsTheDiagramAndTheButtonsInView(String page, String diagram, int width) {
        atWidth(width);
        // a step's own address (every step link without JavaScript) opens at the replay
        open(page + "&step=1#replay");
        assertDiagramAndButtonsOnScreen(diagram, "step 1's address");

        for (int step = 2; step <= 7; step++) {
            find(".replay-next").click();
            String position = "Step " + step + " of";
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(driver -> find(".replay-position").getText().startsWith(position));
            assertDiagramAndButtonsOnScreen(diagram, "Next to step " + step);
        }
        assertNoConsoleErrors();
    }

    private void atWidth(int width) {
        browser.manage().window().setSize(new Dimension(width, width < 600 ? PHONE_HEIGHT : DESKTOP_HEIGHT));
    }

    /** The element's top is on the screen, with room below it to read its start. */
    private void assertStartsOnScreen(String css, String what) {
        List<Number> box = box(css);
        double top = box.get(0).doubleValue();
        double viewport = box.get(2).doubleValue();
        assertThat(top).as("top of %s (%s) on %s, viewport %s px high", what, css, browser.getCurrentUrl(), viewport)
                .isBetween(-2.0, viewport - 120);
    }

    private void assertDiagramAndButtonsOnScreen(String diagram, String after) {
        for (String button : new String[] {".replay-next", ".replay-prev"}) {
            List<Number> box = box(button);
            assertThat(box.get(0).doubleValue()).as("top of %s after %s", button, after).isGreaterThanOrEqualTo(0);
            assertThat(box.get(1).doubleValue()).as("bottom of %s after %s", button, after).isLessThanOrEqualTo(box.get(2).doubleValue());
        }
        List<Number> box = box(diagram);
        double top = box.get(0).doubleValue();
        double bottom = box.get(1).doubleValue();
        double viewport = box.get(2).doubleValue();
        double shown = Math.min(bottom, viewport) - Math.max(top, 0);
        assertThat(shown).as("height of %s on the screen after %s (it spans %s to %s, viewport %s)", diagram, after, top, bottom, viewport)
                .isGreaterThanOrEqualTo(Math.min(bottom - top, viewport / 3));
    }

    @SuppressWarnings("unchecked")
    private List<Number> box(String css) {
        return (List<Number>) browser.executeScript("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.top, r.bottom, window.innerHeight];", css);
    }
}
