package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests: the application on a random port, Debian's chromium driven headless through
 * chromedriver. Run with {@code ./mvnw -Pe2e verify} (CI installs chromium and chromium-driver).
 * Every page a test opens can be checked for console errors and, with axe-core run in the page,
 * for serious accessibility violations. A failing test leaves a screenshot and the page source
 * under {@code target/browser-failures/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    static ChromeDriver browser;

    static final String PASSWORD = "browser test passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the flags this machine needs: no sandbox as root, and no background calls to the internet
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @RegisterExtension
    final TestWatcher failureArtifacts = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            try {
                Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    };

    /** A second browser with JavaScript switched off, at 1280 × 900; the caller quits it. */
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

    void open(String path) {
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> "complete".equals(((ChromeDriver) driver).executeScript("return document.readyState")));
    }

    /** Creates an account with the role and signs in through the sign-in form; returns its username. */
    String signInAs(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.grant(accounts.register(username, "Browser " + role.name().toLowerCase(), PASSWORD, PASSWORD).getId(), role);
        open("/login?lang=en");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        clickAndWaitForNewPage("main form button[type=submit]");
        return username;
    }

    /** Forgets every cookie of the site: the browser is a new guest. */
    void becomeANewGuest() {
        open("/assets/css/site.css");
        browser.manage().deleteAllCookies();
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** Does something that loads a new page (a link, Enter in a search box) and waits until the old page is gone. */
    void navigating(Runnable action) {
        WebElement oldPage = find("html");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(replaced(oldPage));
    }

    /** Clicks something that loads a new page and waits until the old one is gone. */
    void clickAndWaitForNewPage(String css) {
        WebElement oldPage = find("html");
        // chromedriver now and then reports a node "not in the document" while the page settles; try again
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(driver -> {
            driver.findElement(By.cssSelector(css)).click();
            return true;
        });
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(replaced(oldPage));
    }

    /**
     * The page of {@code oldPage} has been replaced. Like {@code ExpectedConditions.stalenessOf}, but
     * chromedriver sometimes reports a replaced node as "does not belong to the document" (an unknown
     * error) instead of a stale element, and that means the same.
     */
    static ExpectedCondition<Boolean> replaced(WebElement oldPage) {
        return driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * On a review card of a single-choice item (right: b) or a true/false one (right: true), as
     * {@code QuizTestData.oneOfEachType} makes them: focuses the right answer, selects it with Space and sends
     * it with Enter, then waits for the feedback page.
     */
    void answerRightWithTheKeyboard() {
        boolean single = !findAll("input[type=radio][value=b]").isEmpty();
        WebElement choice = find(single ? "input[type=radio][value=b]" : "input[type=radio][value=true]");
        browser.executeScript("arguments[0].focus()", choice);
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        navigating(() -> new Actions(browser).sendKeys(Keys.ENTER).perform());
    }

    List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** Reads and drops the console log, after a page whose error status the test expected. */
    void discardConsoleLog() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    /** No error in the browser console since the last check (logs are read and cleared). */
    void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("favicon.ico"))
                // an error page's own status (a 404 for a missing topic) is the page working, not an error in it
                .filter(entry -> !(entry.getMessage().startsWith(browser.getCurrentUrl() + " - Failed to load resource")))
                .toList();
        assertThat(errors).as("console errors on %s", browser.getCurrentUrl()).isEmpty();
    }

    /** axe-core finds no serious or critical violation on the current page. */
    @SuppressWarnings("unchecked")
    void assertAccessible() {
        browser.executeScript(axeSource());
        Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done({violations: r.violations.map("
                        + "v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertThat(result).doesNotContainKey("error");
        List<Map<String, Object>> serious = ((List<Map<String, Object>>) result.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
        assertThat(serious).as("serious accessibility violations on %s", browser.getCurrentUrl()).isEmpty();
    }

    void assertPageIsHealthy() {
        assertNoConsoleErrors();
        assertAccessible();
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = BrowserTest.class.getResourceAsStream(AXE)) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
