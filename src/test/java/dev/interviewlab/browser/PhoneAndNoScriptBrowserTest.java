package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At a phone's 375 px the pages that were too wide or unreadable fit and read: no sideways scrolling
 * of the page, chart labels of a readable size, tables whose values show without scrolling. And
 * without JavaScript, the buttons only JavaScript can work, and the keys it would answer, are not shown.
 */
class PhoneAndNoScriptBrowserTest extends BrowserTest {

    private static final int PHONE = 375;
    /** Smallest height, in CSS pixels, of a chart's tick label on the screen that still reads. */
    private static final double READABLE_LABEL = 9;

    @BeforeEach
    void phone() {
        browser.manage().window().setSize(new Dimension(PHONE, 800));
    }

    @AfterEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theGitStepPageOfAWideHistoryFitsAPhone() {
        open("/simulations/git?preset=rebaseFive&lang=en");
        assertNoSidewaysScrolling();
        // a later step, and a commit's files
        open("/simulations/git?preset=rebaseFive&lang=en&step=20#replay");
        assertNoSidewaysScrolling();
        browser.get(find(".git-commits tbody tr:last-child a").getAttribute("href"));
        assertNoSidewaysScrolling();
        open("/simulations/git?preset=rebaseFive&mode=compare&lang=en");
        assertNoSidewaysScrolling();
        assertPageIsHealthy();
    }

    @Test
    void aCacheResultFitsAPhoneWithReadableChartsAndMetrics() {
        open("/simulations/cache?lang=en");
        browser.get(find(".cache-presets a[href*='avalanche']").getAttribute("href"));
        assertNoSidewaysScrolling();
        assertThat(smallestHeight(".cache-panels .chart-tick")).as("height of the charts' tick labels").isGreaterThanOrEqualTo(READABLE_LABEL);
        // the metric names and the first run's values show together, without scrolling the table
        Number valueRight = (Number) browser.executeScript("return document.querySelector('.cache-metrics tbody td').getBoundingClientRect().right;");
        assertThat(valueRight.doubleValue()).as("right edge of the first value").isLessThanOrEqualTo(clientWidth());
        assertPageIsHealthy();
    }

    @Test
    void theTcpSequenceDiagramKeepsReadableLabelsAndScrollsSidewaysInItsOwnBox() {
        open("/simulations/tcp?preset=normal-close&lang=en");
        assertNoSidewaysScrolling();
        assertThat(smallestHeight("#tcp-diagram text")).as("height of the diagram's labels").isGreaterThanOrEqualTo(READABLE_LABEL);
        Number hidden = (Number) browser.executeScript(
                "const box = document.querySelector('[data-replay-scroll]'); return box.scrollWidth - box.clientWidth;");
        assertThat(hidden.intValue()).as("the diagram's box scrolls sideways").isPositive();
        assertPageIsHealthy();
    }

    @Test
    void quizHistoryFitsAPhoneWithEveryAttemptReadable() {
        becomeANewGuest();
        for (int i = 0; i < 2; i++) {
            open("/quizzes?lang=en&categories=tools&count=2&minutes=3");
            clickAndWaitForNewPage("form.quiz-form button[type=submit]");
            clickAndWaitForNewPage("#quiz-finish button[type=submit]"); // nothing answered: the summary first
            clickAndWaitForNewPage("#quiz-finish button[type=submit]");
        }
        open("/quizzes/history?lang=en");
        assertNoSidewaysScrolling();
        List<?> cells = findAll(".attempt-table tbody td");
        assertThat(cells).hasSizeGreaterThanOrEqualTo(14);
        @SuppressWarnings("unchecked")
        List<Number> rightEdges = (List<Number>) browser.executeScript(
                "return [...document.querySelectorAll('.attempt-table tbody td')].map(c => c.getBoundingClientRect().right);");
        assertThat(rightEdges).as("right edges of the attempts' cells").allSatisfy(
                right -> assertThat(right.doubleValue()).isLessThanOrEqualTo(clientWidth()));
        assertThat(smallestHeight(".chart .axis-label")).as("height of the trend chart's labels").isGreaterThanOrEqualTo(READABLE_LABEL);
        assertPageIsHealthy();
        becomeANewGuest();
    }

    @Test
    void withoutJavaScriptThePlayAndThemeButtonsAndTheKeyHelpAreNotShown() {
        ChromeDriver noScript = chromiumWithoutJavaScript();
        try {
            noScript.get("http://localhost:" + port + "/simulations/tcp?preset=normal-close&lang=en");
            assertThat(noScript.findElement(By.cssSelector("[data-theme-switch]")).isDisplayed()).as("theme switch shown").isFalse();
            assertThat(noScript.findElement(By.cssSelector("[data-replay-play]")).isDisplayed()).as("Play shown").isFalse();
            assertThat(noScript.findElement(By.cssSelector("#replay p.help")).isDisplayed()).as("key help shown").isFalse();
            // the links that work without JavaScript are there
            assertThat(noScript.findElement(By.cssSelector(".replay-next")).isDisplayed()).isTrue();
        } finally {
            noScript.quit();
        }
        // with JavaScript, both appear
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/simulations/tcp?preset=normal-close&lang=en");
        assertThat(find("[data-theme-switch]").isDisplayed()).isTrue();
        assertThat(find("[data-replay-play]").isDisplayed()).isTrue();
        assertThat(find("#replay p.help").isDisplayed()).isTrue();
        assertThat(find("#replay p.help").getText()).startsWith("Keys:");
    }

    static ChromeDriver chromiumWithoutJavaScript() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
                "profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.get("about:blank");
        return driver;
    }

    private void assertNoSidewaysScrolling() {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("page width of %s at %d px", browser.getCurrentUrl(), PHONE).isLessThanOrEqualTo(PHONE);
        assertThat(width.doubleValue()).as("page width of %s", browser.getCurrentUrl()).isLessThanOrEqualTo(clientWidth());
    }

    private double clientWidth() {
        return ((Number) browser.executeScript("return document.documentElement.clientWidth;")).doubleValue();
    }

    private double smallestHeight(String css) {
        Number height = (Number) browser.executeScript("const heights = [...document.querySelectorAll(arguments[0])]"
                + ".map(e => e.getBoundingClientRect().height); return heights.length ? Math.min(...heights) : -1;", css);
        assertThat(height.doubleValue()).as("%s on %s", css, browser.getCurrentUrl()).isNotEqualTo(-1.0);
        return height.doubleValue();
    }
}
