package dev.interviewlab.browser;

import dev.interviewlab.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page at a desktop and a phone width: no console error, no serious axe violation,
 * nothing wider than the screen. With {@code -Dscreenshots.dir=docs/screenshots} it also saves a
 * screenshot of each, which is how the README's pictures are made.
 */
class PageTourBrowserTest extends BrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(375, 800);

    @Test
    void readingPagesLookRightOnADesktopAndAPhone() {
        visit("home", "/?lang=en");
        visit("home-zh", "/?lang=zh");
        visit("topic", "/topics/tcp-connection-states?lang=en");
        visit("topic-zh", "/topics/go-garbage-collector?lang=zh");
        visit("search", "/search?q=time+wait&lang=en");
        visit("search-page-2", "/search?q=time&page=2&lang=zh");
        visit("login", "/login?lang=en");
        visit("register", "/register?lang=zh");
    }

    @Test
    void simulationPagesLookRightOnADesktopAndAPhone() {
        visit("simulations", "/simulations?lang=en");
        visit("tcp", "/simulations/tcp?preset=normal-close&lang=en");
        visit("tcp-zh", "/simulations/tcp?preset=simultaneous-close&lang=zh");
        open("/simulations/cache?lang=en");
        String compare = find(".cache-presets a[href*='delayed-double-delete']").getAttribute("href");
        visit("cache-compare", compare.replace("http://localhost:" + port, ""));
        visit("git-conflict", "/simulations/git?preset=conflict&lang=en");
        visit("git-compare", "/simulations/git?preset=conflict&mode=compare&lang=en");
    }

    @Test
    void quizPagesLookRightOnADesktopAndAPhone() {
        signInAs(Role.LEARNER);
        visit("quiz-builder", "/quizzes?lang=en");
        open("/quizzes?lang=en&topics=tcp-connection-states&count=3&minutes=5");
        clickAndWaitForNewPage("form.quiz-form button[type=submit]");
        String attempt = browser.getCurrentUrl().replace("http://localhost:" + port, "");
        visit("quiz-question", attempt + "?lang=en");
        visit("today-continue-quiz", "/today?lang=en");
        visit("today-zh", "/today?lang=zh");
        open(attempt + "?lang=en");
        clickAndWaitForNewPage("#quiz-finish button[type=submit]");
        visit("quiz-review", attempt + "/review?lang=en");
        open(attempt + "/review?lang=en");
        clickAndWaitForNewPage("#quiz-finish button[type=submit]");
        visit("quiz-result", attempt + "/result?lang=en");
        visit("quiz-history", "/quizzes/history?lang=en");
        visit("account", "/account?lang=en");
        becomeANewGuest();
    }

    @Test
    void editorAccountAndAdminPagesLookRightOnADesktopAndAPhone() {
        signInAs(Role.ADMIN);
        visit("editor-topics", "/editor/topics?lang=en");
        visit("editor-topic", "/editor/topics/tcp-connection-states/edit?lang=en");
        visit("editor-topic-history", "/editor/topics/tcp-connection-states/history?lang=zh");
        visit("editor-topic-delete", "/editor/topics/tcp-connection-states/delete?lang=en");
        visit("editor-items", "/editor/quiz-items?topic=tcp-connection-states&lang=en");
        visit("editor-item", "/editor/quiz-items/tcp-close-wait-leak-cause/edit?lang=en");
        visit("progress", "/account/progress?lang=en");
        visit("password", "/account/password?lang=en");
        visit("account-delete", "/account/delete?lang=zh");
        visit("admin-accounts", "/admin/accounts?lang=en");
        becomeANewGuest();
    }

    private void visit(String name, String path) {
        for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
            browser.manage().window().setSize(size);
            open(path);
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow > 0) {
                Object culprits = browser.executeScript("const w = document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                        + " && e.parentElement.getBoundingClientRect().right <= w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' in ' + e.parentElement.tagName + '.'"
                        + " + e.parentElement.className + ' ' + Math.round(e.getBoundingClientRect().width));");
                assertThat(overflow).as("sideways scrolling on %s at %d px, outermost overflowing: %s", path, size.width, culprits)
                        .isLessThanOrEqualTo(0L);
            }
            assertPageIsHealthy();
            screenshot(size == DESKTOP ? name : name + "-phone", size);
        }
        browser.manage().window().setSize(DESKTOP);
    }

    private void screenshot(String name, Dimension size) {
        String folder = System.getProperty("screenshots.dir");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(size.width, (int) Math.min(height, 3000)));
        try {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
