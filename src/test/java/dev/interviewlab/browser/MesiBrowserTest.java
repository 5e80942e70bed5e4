package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MESI page in a real Chromium at 1280 and 375 px, with and without JavaScript, in English and
 * Chinese. Screenshots go to target/browser-screenshots/ for a person to look at.
 */
class MesiBrowserTest extends BrowserTest {

    @AfterEach
    void desktopWithScripts() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void falseSharingStepsWithButtonsAndKeysOnADesktop() {
        open("/simulations/mesi?preset=false-sharing&lang=en");
        assertPageIsHealthy();
        assertThat(find("table.mesi-comparison").getText()).contains("BusRdX 6 2");
        scrollTo("#replay");
        shoot("mesi-1280-en-false-sharing");

        find(".replay-next").click();
        assertThat(find(".replay-position").getText()).isEqualTo("Step 2 of 8");
        assertThat(find("#mesi-diagram g.mesi-frame.is-current").getAttribute("data-step")).isEqualTo("2");
        assertThat(find(".mesi-now .is-current").getText()).contains("Step 2: c1 writes y = 1", "data from c0 by Flush");
        new Actions(browser).sendKeys(Keys.END).perform();
        assertThat(find("#mesi-diagram g.mesi-frame.is-current").getAttribute("data-step")).isEqualTo("8");
        assertThat(browser.getCurrentUrl()).contains("step=8");
        assertNoConsoleErrors();
    }

    @Test
    void theBugSwitchShowsTheCheckersCounterexampleAndItsReplay() {
        open("/simulations/mesi?lang=en");
        new Select(find("#mesi-field-bug")).selectByValue("upgrade-keeps-sharer");
        clickAndWaitForNewPage("#mesi-form button[type=submit]");
        assertThat(find(".mesi-verdict").getText()).startsWith("Violation found");
        scrollTo("#mesi-check");
        shoot("mesi-1280-en-counterexample");

        clickAndWaitForNewPage("#mesi-check a.button");
        assertThat(find(".mesi-now .is-current").getText()).contains("Single writer broken");
        assertPageIsHealthy();
    }

    @Test
    void onAPhoneInChineseThePageFitsAndTheDiagramScrollsInItsBox() {
        browser.manage().window().setSize(new Dimension(375, 800));
        open("/simulations/mesi?preset=write-invalidates&lang=zh&step=5");
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("page width").isLessThanOrEqualTo(375);
        Number label = (Number) browser.executeScript(
                "return document.querySelector('#mesi-diagram g.is-current .mesi-values').getBoundingClientRect().height;");
        assertThat(label.doubleValue()).as("height of a value label").isGreaterThanOrEqualTo(9);
        assertThat(find("h1").getText()).isEqualTo("MESI 缓存一致性");
        scrollTo("#replay");
        shoot("mesi-375-zh-step5");
        scrollTo("#mesi-quiz");
        shoot("mesi-375-zh-quiz");
        assertPageIsHealthy();
    }

    @Test
    void withoutJavaScriptEveryStepIsALinkThatShowsItsFrame() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open("/simulations/mesi?preset=silent-upgrade&lang=en");
        assertThat(find("[data-replay-play]").isDisplayed()).as("Play needs JavaScript").isFalse();
        clickAndWaitForNewPage(".replay-next");
        assertThat(browser.getCurrentUrl()).contains("step=2");
        assertThat(find("#mesi-diagram g.mesi-frame.is-current").getAttribute("data-step")).isEqualTo("2");
        assertThat(find(".mesi-now .is-current").getText()).contains("c0: E → M").contains("No bus message");
        assertThat(find("#mesi-diagram g[data-step='1']").isDisplayed()).as("other frames are hidden").isFalse();
        browser.manage().window().setSize(new Dimension(375, 800));
        open("/simulations/mesi?preset=silent-upgrade&lang=en&step=2");
        scrollTo("#replay");
        shoot("mesi-375-en-nojs");
    }

    @Test
    void badInputShowsTheFieldErrors() {
        open("/simulations/mesi?lang=en&cores=2&script=c0%20R%20a%0Ac7%20W%20a%201");
        assertThat(find("#mesi-field-script").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find(".field.has-error").getText()).contains("Line 2: there is no core c7");
        shoot("mesi-1280-en-errors");
        assertPageIsHealthy();
    }

    @Test
    void theNoteAndTheSimulationsIndexLeadHere() {
        open("/topics/cpu-cache-mesi?lang=en");
        assertThat(findAll("main a[href^='/simulations/mesi']")).isNotEmpty();
        open("/simulations?lang=zh");
        navigating(() -> find("main a[href^='/simulations/mesi']").click());
        assertThat(find("h1").getText()).isEqualTo("MESI 缓存一致性");
    }

    private void scrollTo(String css) {
        browser.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", css);
    }

    private static void shoot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser-screenshots"));
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
