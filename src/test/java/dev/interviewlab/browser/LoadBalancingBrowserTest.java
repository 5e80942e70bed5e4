package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load-balancing page at a desktop's 1280 px and a phone's 375 px, with and without
 * JavaScript. Each test leaves full-height screenshots under {@code target/screenshots/} for a
 * person to look at, in English and Chinese.
 */
class LoadBalancingBrowserTest extends BrowserTest {

    private static final String PAGE = "/simulations/load-balancing";

    @AfterEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void runFromTheFormCompareAndStepThroughTheReplay() {
        open(PAGE + "?lang=en");
        assertPageIsHealthy();
        find("#lb-field-algorithm option[value='least-connections']").click();
        clickAndWaitForNewPage("#lb-form button[type=submit]");
        assertThat(find("table.lb-compare tr.lb-current th").getText()).isEqualTo("Least connections");
        assertThat(find("[data-replay]").getAttribute("data-current")).isEqualTo("1");
        assertThat(find("#lb-replay g.lb-frame.is-current").getAttribute("data-step")).isEqualTo("1");

        find(".replay-next").click();
        assertThat(find(".replay-position").getText()).startsWith("Step 2 of");
        assertThat(browser.getCurrentUrl()).contains("step=2");
        assertThat(find("#lb-replay g.lb-frame.is-current").getAttribute("data-step")).isEqualTo("2");
        assertThat(find(".lb-now [data-step='2']").isDisplayed()).isTrue();
        assertThat(find(".lb-now [data-step='1']").isDisplayed()).isFalse();
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(find(".replay-position").getText()).startsWith("Step 3 of");
        assertPageIsHealthy();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void desktopAndPhoneScreenshotsWithReadableChartsAndNoSidewaysScrolling(String language) throws IOException {
        for (int width : new int[]{1280, 375}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open(PAGE + "?preset=slow-server&lang=" + language);
            assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                    .as("page width at %d px", width).isLessThanOrEqualTo(width);
            double smallest = ((Number) browser.executeScript("return Math.min(...[...document.querySelectorAll("
                    + "'.lb-chart .lb-tick, .lb-chart .lb-bar-label')].map(e => e.getBoundingClientRect().height));")).doubleValue();
            assertThat(smallest).as("chart label height at %d px", width).isGreaterThanOrEqualTo(9);
            // the first thing under the heading of the result is the run's figures, then the comparison
            assertThat(find("#lb-result .lb-figures").isDisplayed()).isTrue();
            assertPageIsHealthy();
            screenshot("lb-" + language + "-" + width);
        }
    }

    @Test
    void withoutJavaScriptStepLinksWorkAndOnlyTheirControlsShow() throws IOException {
        ChromeDriver noScript = chromiumWithoutJavaScript();
        try {
            noScript.get("http://localhost:" + port + PAGE + "?preset=failure&lang=en&step=2");
            assertThat(noScript.findElement(By.cssSelector("[data-replay]")).getAttribute("data-current")).isEqualTo("2");
            assertThat(noScript.findElement(By.cssSelector("#lb-replay g.lb-frame.is-current")).getAttribute("data-step"))
                    .isEqualTo("2");
            assertThat(noScript.findElement(By.cssSelector("[data-replay-play]")).isDisplayed()).isFalse();
            noScript.findElement(By.cssSelector(".replay-next")).click();
            assertThat(noScript.getCurrentUrl()).contains("step=3", "preset=failure");
            assertThat(noScript.findElement(By.cssSelector(".lb-now [data-step='3']")).isDisplayed()).isTrue();
            noScript.manage().window().setSize(new Dimension(375, 2400));
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "lb-en-375-nojs.png"), noScript.getScreenshotAs(OutputType.BYTES));
        } finally {
            noScript.quit();
        }
    }

    private void screenshot(String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height, 6000)));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(size);
    }
}
