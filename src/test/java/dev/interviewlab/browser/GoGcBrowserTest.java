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
 * The Go GC page at a desktop's 1280 px and a phone's 375 px, in English and Chinese, with and without
 * JavaScript: the heap of the current step, its explanation and the replay controls are on the first
 * screen after opening a step link, stepping changes the drawn frame, and nothing is wider than the
 * phone. Screenshots go to {@code target/gogc-screenshots/}.
 */
class GoGcBrowserTest extends BrowserTest {

    @AfterEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1280, en", "375, en", "1280, zh", "375, zh"})
    void stepThroughTheLostObjectAndSeeTheBarrierSaveIt(int width, String lang) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        open("/simulations/go-gc?preset=lost-object&barrier=none&lang=" + lang + "&step=7#replay");
        assertPageIsHealthy();
        assertThat(find(".gogc-frame.is-current").getAttribute("data-step")).isEqualTo("7");
        assertThat(inViewport(".replay-next")).as("Next button on screen").isTrue();
        assertThat(inViewport(".gogc-heap")).as("top of the heap drawing on screen").isTrue();
        assertThat(find(".gogc-now.is-current").getText()).contains("g1: y.f = nil");
        assertNoSidewaysScrolling(width);
        screenshot("lost-object-step7-" + width + "-" + lang);

        find(".replay-next").click();
        assertThat(find(".gogc-frame.is-current").getAttribute("data-step")).isEqualTo("8");
        assertThat(browser.getCurrentUrl()).contains("step=8");
        new Actions(browser).sendKeys(Keys.END).perform();
        assertThat(find(".gogc-now.is-current").getText()).contains("C");
        assertThat(findAll(".gogc-frame.is-current .gogc-lost")).as("the freed live object is marked").hasSize(1);
        screenshot("lost-object-sweep-" + width + "-" + lang);

        browser.get(find(".gogc-compare a[href*='barrier=hybrid']").getAttribute("href"));
        assertThat(find(".gogc-outcome").getAttribute("class")).doesNotContain("is-bug");
        assertThat(findAll(".gogc-frame .gogc-lost")).isEmpty();
        assertNoSidewaysScrolling(width);
        assertNoConsoleErrors();
    }

    @Test
    void withoutJavaScriptEveryStepIsALinkAndOnlyTheCurrentFrameShows() throws Exception {
        ChromeDriver noScript = chromiumWithoutJavaScript();
        try {
            for (int width : new int[]{1280, 375}) {
                noScript.manage().window().setSize(new Dimension(width, 900));
                noScript.get("http://localhost:" + port + "/simulations/go-gc?preset=grey-stack-write&barrier=hybrid&lang=en");
                assertThat(noScript.findElement(By.cssSelector("[data-replay-play]")).isDisplayed()).isFalse();
                noScript.findElement(By.cssSelector(".replay-next")).click();
                assertThat(noScript.getCurrentUrl()).contains("step=2");
                assertThat(noScript.findElements(By.cssSelector(".gogc-frame")).stream().filter(e -> e.isDisplayed()).count())
                        .isEqualTo(1);
                noScript.findElement(By.cssSelector(".gogc-steps li:nth-child(5) a")).click();
                assertThat(noScript.findElement(By.cssSelector(".gogc-now[data-step='5']")).getText())
                        .contains("g2: a.f = c").contains("insertion half");
                Files.write(folder().resolve("no-script-" + width + ".png"), noScript.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            noScript.quit();
        }
    }

    @Test
    void aBadScriptComesBackToTheFormWithItsLineNumber() {
        open("/simulations/go-gc?lang=en");
        find("#script").clear();
        find("#script").sendKeys("g1.x = A\ng1: x.f = ???");
        clickAndWaitForNewPage("#gogc-form button[type=submit]");
        assertThat(find("#gogc-form .form-error").getText()).contains("Line 2");
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
        return Files.createDirectories(Path.of("target", "gogc-screenshots"));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(folder().resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
