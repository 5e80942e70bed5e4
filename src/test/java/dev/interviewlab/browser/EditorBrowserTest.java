package dev.interviewlab.browser;

import dev.interviewlab.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor writes a topic with the live preview, edits it from its page, and reads its history. */
class EditorBrowserTest extends BrowserTest {

    @Test
    void anEditorWritesATopicWithLivePreviewThenEditsItAndSeesTheHistory() {
        signInAs(Role.EDITOR);
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        open("/editor/topics/new?lang=en");
        assertPageIsHealthy();
        find("#slug").sendKeys(slug);
        new Select(find("#categorySlug")).selectByValue("networking");
        find("#titleEn").sendKeys("Browser topic " + slug);
        find("#titleZh").sendKeys("浏览器主题 " + slug);
        find("#summaryEn").sendKeys("Written in a real browser.");
        find("#summaryZh").sendKeys("在真实浏览器中写成。");
        find("#bodyEn").sendKeys("Some **bold** words <script>alert(1)</script>");
        find("#bodyZh").sendKeys("一些**粗体**文字");

        // the preview follows the typing, sanitized like the topic page
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#bodyEn-preview .preview-body strong"), "bold"));
        assertThat(findAll("#bodyEn-preview script")).isEmpty();
        clickAndWaitForNewPage("main form button[value=save]");

        assertThat(browser.getCurrentUrl()).contains("/topics/" + slug);
        assertThat(find(".notice").getText()).isEqualTo("Your changes were saved.");
        assertThat(find(".note-body strong").getText()).isEqualTo("bold");
        assertPageIsHealthy();

        navigating(() -> find(".editor-links a[href$='/edit']").click());
        find("#bodyEn").sendKeys("\n\nA second paragraph.");
        find("#changeSummary").sendKeys("a second paragraph");
        clickAndWaitForNewPage("main form button[value=save]");
        assertThat(find(".note-body").getText()).contains("A second paragraph.");

        navigating(() -> find(".editor-links a[href$='/history']").click());
        assertThat(find("main").getText()).contains("a second paragraph");
        assertPageIsHealthy();
        becomeANewGuest();
    }
}
