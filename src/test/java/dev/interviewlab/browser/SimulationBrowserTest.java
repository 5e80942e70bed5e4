package dev.interviewlab.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** Each simulation runs from its form, and its replay steps with the buttons and the keys. */
class SimulationBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"git", "tcp", "cache"})
    void runFromTheFormAndStepThroughTheReplay(String simulation) {
        open("/simulations/" + simulation + "?lang=en");
        assertPageIsHealthy();
        clickAndWaitForNewPage("main form button[type=submit]");

        assertThat(find("[data-replay]").getAttribute("data-current")).isEqualTo("1");
        assertThat(find(".replay-position").getText()).startsWith("Step 1 of");
        assertPageIsHealthy();

        find(".replay-next").click();
        assertThat(find(".replay-position").getText()).startsWith("Step 2 of");
        assertThat(browser.getCurrentUrl()).contains("step=2");
        assertThat(find(".replay-steps [data-step='2']").getAttribute("class")).contains("is-current");

        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(find(".replay-position").getText()).startsWith("Step 3 of");
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(find(".replay-position").getText()).startsWith("Step 1 of");
        assertThat(find(".replay-prev").getAttribute("aria-disabled")).isEqualTo("true");

        // the address of a step reproduces it without JavaScript's help
        String stepTwo = browser.getCurrentUrl().replaceAll("step=\\d+", "step=2");
        browser.get(stepTwo);
        assertThat(find("[data-replay]").getAttribute("data-current")).isEqualTo("2");
        assertNoConsoleErrors();
    }
}
