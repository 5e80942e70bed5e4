package dev.interviewlab.browser;

import dev.interviewlab.simulation.cache.engine.CacheExperiment;
import dev.interviewlab.simulation.cache.engine.CachePrediction;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.RawTraceOperation;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import dev.interviewlab.simulation.tcp.engine.Side;
import dev.interviewlab.simulation.tcp.engine.TcpInput;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Predict mode in a Chromium without JavaScript, at 1280 and 375 px, in English and Chinese: on a preset of
 * each simulation (TCP, cache, git), a right and a wrong prediction, graded by the server. Screenshots go to
 * {@code target/predict-screens/} to be looked at.
 */
@Import(TestClockConfiguration.class)
class PredictBrowserTest extends BrowserTest {

    private static final Path SCREENS = Path.of("target", "predict-screens");
    private static ChromeDriver noScript;

    @Autowired
    MutableClock clock;

    @BeforeAll
    static void startNoScript() {
        noScript = chromiumWithoutJavaScript();
    }

    @AfterAll
    static void stopNoScript() {
        if (noScript != null) {
            noScript.quit();
        }
    }

    /** The step of the TCP preset "lost FIN" where the server reads the FIN (CLOSE_WAIT, by the engine). */
    private static int tcpStep() {
        TcpRun run = TcpSimulation.run(TcpPreset.LOST_FIN.scenario());
        return run.events().stream().filter(e -> e.side() == Side.SERVER && e.input() == TcpInput.FIN).findFirst().orElseThrow().step();
    }

    private static CachePrediction cacheQuestion() {
        SimulationInput input = SimulationInput.builder().strategies(List.of("cache-aside", "delete-then-update"))
                .cacheLatencyMs(1.0).dbReadLatencyMs(2.0).dbWriteLatencyMs(1.0).latencyJitterPercent(0)
                .database(Map.of("k", "old")).trace(List.of(new RawTraceOperation("get", "k", null, 0, 0.0),
                        new RawTraceOperation("put", "k", "new", 1, 1.8), new RawTraceOperation("get", "k", null, 2, 5.0)))
                .build();
        StaleReadTimeline timeline = CacheExperiment.run(input).timeline(null);
        List<Integer> steps = CachePrediction.steps(timeline);
        return CachePrediction.at(timeline, steps.get(steps.size() - 1)).orElseThrow();
    }

    @Test
    void tcpPredictionsRightAndWrongWithoutJavaScript() throws IOException {
        String page = "/simulations/tcp/predict?preset=lost-fin&step=" + tcpStep();
        for (int width : new int[]{1280, 375}) {
            predict("tcp", page, "en", width, "CLOSE_WAIT", true);
            predict("tcp", page, "en", width, "TIME_WAIT", false);
        }
        predict("tcp", page, "zh", 375, "TIME_WAIT", false);
    }

    @Test
    void withJavaScriptANumberKeyChoosesAnAnswerAndEnterChecksIt() {
        String page = "/simulations/tcp/predict?preset=lost-fin&step=" + tcpStep() + "&lang=en";
        noScript.manage().window().setSize(new Dimension(1280, 900));
        noScript.get("http://localhost:" + port + page);
        assertThat(noScript.findElement(By.cssSelector("[data-predict-keys]")).isDisplayed()).as("key help without JS").isFalse();

        browser.manage().window().setSize(new Dimension(1280, 900));
        open(page);
        assertThat(find("[data-predict-keys]").isDisplayed()).isTrue();
        List<String> values = findAll("input[name=answer]").stream().map(choice -> choice.getAttribute("value")).toList();
        int right = values.indexOf("CLOSE_WAIT");
        // the engine's answer if a key reaches it, else the first answer (a wrong one)
        int chosen = right < 9 ? right : 0;
        assertThat(findAll(".predict-key").get(chosen).getText()).isEqualTo(Integer.toString(chosen + 1));
        new Actions(browser).sendKeys(Integer.toString(chosen + 1)).perform();
        assertThat(findAll("input[name=answer]").get(chosen).isSelected()).isTrue();
        navigating(() -> new Actions(browser).sendKeys(Keys.ENTER).perform());
        assertThat(find("#predict-verdict").getText())
                .isEqualTo(chosen == right ? "Right: that is what happens." : "Not quite.");
        assertPageIsHealthy();
    }

    @Test
    void cachePredictionsRightAndWrongWithoutJavaScript() throws IOException {
        CachePrediction asked = cacheQuestion();
        // the race preset's replay links to predict mode
        noScript.manage().window().setSize(new Dimension(1280, 900));
        noScript.get("http://localhost:" + port + "/simulations/cache/run?strategy=cache-aside&strategy=delete-then-update"
                + "&workload=trace&trace=db+k+old%0Ac0+%400+get+k%0Ac1+%401.8+put+k+new%0Ac2+%405+get+k"
                + "&cacheLatencyMs=1&dbReadLatencyMs=2&dbWriteLatencyMs=1&latencyJitterPercent=0&lang=en&step=" + asked.step());
        String link = noScript.findElement(By.cssSelector(".predict-link a")).getAttribute("href");
        assertThat(link).contains("/simulations/cache/predict?").contains("step=" + asked.step());
        String page = link.substring(link.indexOf("/simulations/"));
        String wrong = asked.choices().stream().filter(choice -> !asked.isAnsweredBy(choice)).findFirst().orElseThrow();
        for (int width : new int[]{1280, 375}) {
            predict("cache", page, "en", width, asked.answer(), true);
            predict("cache", page, "en", width, wrong, false);
        }
        predict("cache", page, "zh", 1280, asked.answer(), true);
    }

    @Test
    void gitPredictionsRightAndWrongWithoutJavaScript() throws IOException {
        // the conflict preset's replay links to predict mode at its merge
        noScript.manage().window().setSize(new Dimension(1280, 900));
        noScript.get("http://localhost:" + port + "/simulations/git?preset=conflict&lang=en");
        String link = noScript.findElement(By.cssSelector(".predict-link a")).getAttribute("href");
        String page = link.substring(link.indexOf("/simulations/"));
        for (int width : new int[]{1280, 375}) {
            predict("git", page, "en", width, "db.conf", true);
            predict("git", page, "en", width, "none", false);
        }
        predict("git", page, "zh", 375, "db.conf", true);
    }

    @Test
    void aMissedPredictionComesBackInReviewOnAFreshRunWithoutJavaScript() throws IOException {
        predict("tcp", "/simulations/tcp/predict?preset=lost-fin&step=" + tcpStep(), "en", 1280, "TIME_WAIT", false);
        clock.advance(Duration.ofMinutes(2));
        for (int width : new int[]{375, 1280}) {
            noScript.manage().window().setSize(new Dimension(width, width > 1000 ? 900 : 800));
            noScript.get("http://localhost:" + port + "/review?lang=" + (width > 1000 ? "en" : "zh"));
            WebElement question = noScript.findElement(By.cssSelector("#review-scenario .predict-question"));
            assertThat(top(question)).as("the question is in the first screen at %d px", width).isLessThan(800);
            screenshot("review-" + width + "-question");
        }
        noScript.findElement(By.cssSelector("#review-scenario input[name=answer]")).click();
        WebElement oldPage = noScript.findElement(By.cssSelector("html"));
        noScript.findElement(By.cssSelector("#review-scenario button[type=submit]")).click();
        new WebDriverWait(noScript, Duration.ofSeconds(15)).until(replaced(oldPage));
        assertThat(noScript.findElement(By.cssSelector("#predict-verdict")).isDisplayed()).isTrue();
        assertThat(noScript.findElements(By.cssSelector("#review-grade button[name=grade]"))).hasSize(4);
        screenshot("review-1280-feedback");
        oldPage = noScript.findElement(By.cssSelector("html"));
        noScript.findElement(By.cssSelector("#review-grade button[value=good]")).click();
        new WebDriverWait(noScript, Duration.ofSeconds(15)).until(replaced(oldPage));
        assertThat(noScript.getCurrentUrl()).endsWith("/review");
    }

    private void predict(String simulation, String page, String language, int width, String answer, boolean right)
            throws IOException {
        noScript.manage().window().setSize(new Dimension(width, width > 1000 ? 900 : 800));
        noScript.get("http://localhost:" + port + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
        WebElement question = noScript.findElement(By.cssSelector(".predict-question"));
        assertThat(question.isDisplayed()).isTrue();
        assertThat(top(question)).as("the question is in the first screen at %d px", width).isLessThan(width > 1000 ? 900 : 800);
        String name = simulation + "-" + language + "-" + width + "-" + (right ? "right" : "wrong");
        screenshot(name + "-question");
        noScript.findElement(By.cssSelector("input[name=answer][value='" + answer + "']")).click();
        WebElement oldPage = noScript.findElement(By.cssSelector("html"));
        noScript.findElement(By.cssSelector("#predict-form button[type=submit]")).click();
        new WebDriverWait(noScript, Duration.ofSeconds(15)).until(replaced(oldPage));
        WebElement verdict = noScript.findElement(By.cssSelector("#predict-verdict"));
        assertThat(verdict.getText()).isEqualTo(right ? (language.equals("zh") ? "正确：确实如此。" : "Right: that is what happens.")
                : (language.equals("zh") ? "不太对。" : "Not quite."));
        assertThat(top(verdict)).as("the verdict is in the first screen").isLessThan(width > 1000 ? 900 : 800);
        assertThat(noScript.findElements(By.cssSelector(".predict-filed"))).hasSize(right ? 0 : 1);
        Number scrollWidth = (Number) noScript.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at %d px", width).isLessThanOrEqualTo(width);
        screenshot(name + "-reveal");
    }

    private static long top(WebElement element) {
        return ((Number) noScript.executeScript("return arguments[0].getBoundingClientRect().top;", element)).longValue();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENS);
        Files.write(SCREENS.resolve(name + ".png"), noScript.getScreenshotAs(OutputType.BYTES));
    }
}
