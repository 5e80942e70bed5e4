package dev.interviewlab.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolve and continue on the git page at 1280 and 375 px, in English and Chinese: a merge conflict
 * resolved with ours becomes a merge commit, a rebase conflict resolved with the learner's own
 * text continues with the rest. Screenshots go to {@code target/git-resolve-screenshots/}.
 */
class GitResolveBrowserTest extends BrowserTest {

    private static final String HISTORY = String.join("\n",
            "git commit -m A --file f.txt \"1\\n2\"",
            "git switch -c feature",
            "git commit -m E --file f.txt \"feature\\n2\"",
            "git commit -m F --file g.txt \"g\"",
            "git switch main",
            "git commit -m C --file f.txt \"main\\n2\"");

    @AfterEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1280, en", "375, en", "1280, zh", "375, zh"})
    void resolveAMergeWithOursAndARebaseWithOwnText(int width, String lang) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        open("/simulations/git?lang=" + lang + "&script=" + URLEncoder.encode(HISTORY + "\ngit merge feature", StandardCharsets.UTF_8)
                + "#git-result");
        assertPageIsHealthy();
        assertThat(find(".git-summary").getAttribute("class")).contains("is-conflict");
        assertThat(find(".git-conflict").getText()).contains("<<<<<<< HEAD").contains(">>>>>>> feature");
        scrollTo(".git-resolve");
        screenshot("merge-conflict-" + width + "-" + lang);
        new Select(find("#resolve-choice-0")).selectByValue("ours");
        clickAndWaitForNewPage(".git-resolve button[type=submit]");
        assertPageIsHealthy();
        assertThat(find("#script").getAttribute("value")).contains("git merge feature\nresolve f.txt --ours\ngit commit");
        assertThat(find(".git-summary").getAttribute("class")).doesNotContain("is-conflict");
        assertThat(findAll(".git-resolve")).isEmpty();
        assertThat(browser.getPageSource()).contains("M").contains("C, F");
        screenshot("merge-resolved-" + width + "-" + lang);
        browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "&step=7#git-step-conflict-heading");
        assertThat(find("#git-step-conflict-heading").isDisplayed()).isTrue();
        assertThat(find(".git-conflict").getText()).contains("<<<<<<< HEAD");
        scrollTo(".git-conflict");
        screenshot("merge-step-replayed-" + width + "-" + lang);

        open("/simulations/git?lang=" + lang + "&script=" + URLEncoder.encode(HISTORY + "\ngit rebase main feature", StandardCharsets.UTF_8)
                + "#git-result");
        assertThat(find(".git-conflict").getText()).contains("<<<<<<< HEAD").contains("(E)");
        new Select(find("#resolve-choice-0")).selectByValue("text");
        find("#resolve-text-0").clear();
        find("#resolve-text-0").sendKeys("main and feature\n2");
        scrollTo(".git-resolve");
        screenshot("rebase-conflict-edited-" + width + "-" + lang);
        clickAndWaitForNewPage(".git-resolve button[type=submit]");
        assertPageIsHealthy();
        assertThat(find("#script").getAttribute("value"))
                .contains("git rebase main feature\nresolve f.txt --text \"main and feature\\n2\"\ngit rebase --continue");
        assertThat(find(".git-summary").getAttribute("class")).doesNotContain("is-conflict");
        assertThat(browser.getPageSource()).contains("E'").contains("F'");
        assertNoSidewaysScrolling(width);
        screenshot("rebase-continued-" + width + "-" + lang);
        assertNoConsoleErrors();
    }

    private void scrollTo(String css) {
        browser.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", css);
    }

    private void assertNoSidewaysScrolling(int width) {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("page width at %d px", width).isLessThanOrEqualTo(width);
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "git-resolve-screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
