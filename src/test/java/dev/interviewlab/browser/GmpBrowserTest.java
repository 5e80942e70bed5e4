package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GMP page at a desktop's 1280 px and a phone's 375 px, in English and Chinese, with and without
 * JavaScript: the scheduler drawing of the current step, its explanation and the replay controls are on
 * the first screen after opening a step link, stepping changes the drawn frame, and nothing is wider than
 * the phone. Screenshots go to {@code target/gmp-screenshots/}.
 */
class GmpBrowserTest extends BrowserTest {

    @AfterEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1280, en", "375, en", "1280, zh", "375, zh"})
    void stepThroughTheBlockingSyscallAndCompareTheTightLoop(int width, String lang) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        open("/simulations/gmp?preset=blocking-syscall&lang=" + lang + "&step=2#replay");
        assertPageIsHealthy();
        assertThat(find(".gmp-frame.is-current").getAttribute("data-step")).isEqualTo("2");
        assertThat(inViewport(".replay-next")).as("Next button on screen").isTrue();
        assertThat(inViewport(".gmp-drawing")).as("top of the scheduler drawing on screen").isTrue();
        assertThat(find(".gmp-now.is-current").getText()).isNotBlank();
        assertNoSidewaysScrolling(width);
        screenshot("blocking-syscall-step2-" + width + "-" + lang);

        find(".replay-next").click();
        assertThat(find(".gmp-frame.is-current").getAttribute("data-step")).isEqualTo("3");
        assertThat(browser.getCurrentUrl()).contains("step=3");
        new Actions(browser).sendKeys(Keys.END).perform();
        assertThat(find(".gmp-steps li.is-current").getAttribute("data-step"))
                .isEqualTo(find("[data-replay]").getAttribute("data-step-count"));
        screenshot("blocking-syscall-end-" + width + "-" + lang);

        open("/simulations/gmp?preset=tight-loop-go113&lang=" + lang);
        browser.get(find(".gmp-compare a[href*='preemption=go1.14']").getAttribute("href"));
        assertThat(find("#preemption option[selected]").getAttribute("value")).isEqualTo("go1.14");
        assertThat(find(".gmp-compare tr[aria-current='true'] td:nth-child(5)").getText()).isNotEqualTo("0");
        assertNoSidewaysScrolling(width);
        screenshot("tight-loop-go114-" + width + "-" + lang);
        assertNoConsoleErrors();
    }

    @Test
    void withoutJavaScriptEveryStepIsALinkAndOnlyTheCurrentFrameShows() throws Exception {
        ChromeDriver noScript = chromiumWithoutJavaScript();
        try {
            for (int width : new int[]{1280, 375}) {
                noScript.manage().window().setSize(new Dimension(width, 900));
                noScript.get("http://localhost:" + port + "/simulations/gmp?preset=spawn-storm&lang=en");
                assertThat(noScript.findElement(By.cssSelector("[data-replay-play]")).isDisplayed()).isFalse();
                noScript.findElement(By.cssSelector(".replay-next")).click();
                assertThat(noScript.getCurrentUrl()).contains("step=2");
                assertThat(noScript.findElements(By.cssSelector(".gmp-frame")).stream().filter(e -> e.isDisplayed()).count())
                        .isEqualTo(1);
                noScript.findElement(By.cssSelector(".gmp-steps li:nth-child(4) a")).click();
                assertThat(noScript.findElement(By.cssSelector(".gmp-now[data-step='4']")).isDisplayed()).isTrue();
                Files.write(folder().resolve("no-script-" + width + ".png"), noScript.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            noScript.quit();
        }
    }

    @Test
    void aBadWorkloadComesBackToTheFormWithItsLineNumber() {
        open("/simulations/gmp?lang=en");
        find("#script").clear();
        find("#script").sendKeys("spawn 3 work 1ms\ng dance 2ms");
        clickAndWaitForNewPage("#gmp-form button[type=submit]");
        assertThat(find("#gmp-form .form-error").getText()).contains("Line 2");
        assertPageIsHealthy();
    }

    private boolean inViewport(String css) {
        Object inside = browser.executeScript("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight && r.left >= 0;", css);
        return Boolean.TRUE.equals(inside);
    }

    private void assertNoSidewaysScrolling(int width) {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("page width at %d px", width).isLessThanOrEqualTo(width);
    }

    private static Path folder() throws Exception {
        return Files.createDirectories(Path.of("target", "gmp-screenshots"));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(folder().resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
