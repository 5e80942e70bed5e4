package dev.interviewlab.browser;

import dev.interviewlab.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation's paths: browse, read, search, switch language, import. */
class TopicBrowserTest extends BrowserTest {

    @Test
    void browseACategoryAndReadATopicWithItsTableOfContents() {
        open("/?lang=en");
        assertThat(find("h1").getText()).isEqualTo("Prepare for backend interviews");
        assertPageIsHealthy();

        navigating(() -> find("a[href='/categories/networking']").click());
        assertThat(find("h1").getText()).isEqualTo("Networking");
        assertPageIsHealthy();

        navigating(() -> find("a[href='/topics/tcp-connection-states']").click());
        assertThat(find("h1").getText()).contains("TCP");
        assertThat(findAll(".toc-side li")).hasSizeGreaterThan(3);
        String firstAnchor = find(".toc-side a").getAttribute("href");
        find(".toc-side a").click();
        assertThat(browser.getCurrentUrl()).isEqualTo(firstAnchor);
        assertPageIsHealthy();
    }

    @Test
    void searchInEnglishAndChineseFromTheHeader() {
        open("/topics?lang=en");
        navigating(() -> find("#header-q").sendKeys("time wait", Keys.ENTER));
        assertThat(find(".search-results a").getAttribute("href")).endsWith("/topics/tcp-connection-states");
        assertThat(findAll(".search-results mark")).isNotEmpty();
        assertPageIsHealthy();

        find("#search-q").clear();
        navigating(() -> find("#search-q").sendKeys("三色", Keys.ENTER));
        assertThat(find(".search-results a").getAttribute("href")).endsWith("/topics/go-garbage-collector");
        assertPageIsHealthy();
    }

    @Test
    void theLanguageSwitchChangesTheInterfaceAndIsRemembered() {
        open("/topics/websocket?lang=en");
        assertThat(find(".main-nav a[href='/topics']").getText()).isEqualTo("Topics");

        navigating(() -> find(".language-switch a[hreflang='zh']").click());
        assertThat(find(".main-nav a[href='/topics']").getText()).isEqualTo("主题");
        assertThat(find("html").getAttribute("lang")).isEqualTo("zh");

        open("/topics");
        assertThat(find("h1").getText()).isEqualTo("全部主题");
        assertPageIsHealthy();
        open("/?lang=en");
    }

    @Test
    void importAMarkdownFileWithPreview() throws IOException {
        String marker = "e2e" + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.createTempFile("notes", ".md");
        Files.writeString(file, "---\ntitle: Browser notes\ncategories: [Browser]\n---\n# " + marker
                + " heap\nA **heap** note.\n# " + marker + " stack\nA stack note.\n");

        signInAs(Role.EDITOR);
        open("/import?lang=en");
        assertPageIsHealthy();
        find("#file").sendKeys(file.toAbsolutePath().toString());
        find("#splitLevel").sendKeys("1");
        clickAndWaitForNewPage("form.form button[type=submit]");

        assertThat(find("h1").getText()).isEqualTo("Import preview");
        assertThat(findAll("table.data tbody tr")).hasSize(2);
        assertPageIsHealthy();
        clickAndWaitForNewPage(".form-actions button");

        assertThat(find("h1").getText()).isEqualTo("Notes imported");
        navigating(() -> find("a[href='/topics/" + marker + "-heap']").click());
        assertThat(find(".note-body strong").getText()).isEqualTo("heap");
        Files.deleteIfExists(file);
        becomeANewGuest();
    }

    @Test
    void aBinaryUploadIsRefusedWithAFieldError() throws IOException {
        Path file = Files.createTempFile("image", ".md");
        Files.write(file, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        signInAs(Role.EDITOR);
        open("/import?lang=en");
        find("#file").sendKeys(file.toAbsolutePath().toString());
        clickAndWaitForNewPage("form.form button[type=submit]");
        assertThat(find("#file-error").getText()).contains("not a UTF-8 text file");
        assertPageIsHealthy();
        Files.deleteIfExists(file);
        becomeANewGuest();
    }

    @Test
    void aPhoneSizedScreenShowsTheNoteWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(375, 800));
        try {
            open("/topics/go-garbage-collector?lang=en");
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            assertThat(find(".toc-inline").isDisplayed()).isTrue();
            assertThat(find(".toc-side").isDisplayed()).isFalse();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theThemeSwitchTurnsTheSiteDarkAndIsRemembered() {
        open("/topics/go-garbage-collector?lang=en");
        String lightBackground = find("body").getCssValue("background-color");
        find("[data-theme-switch]").click();
        String chosen = find("html").getAttribute("data-theme");
        assertThat(chosen).isIn("dark", "light");
        assertThat(find("body").getCssValue("background-color")).isNotEqualTo(lightBackground);

        open("/topics?lang=en");
        assertThat(find("html").getAttribute("data-theme")).isEqualTo(chosen);
        open("/topics/go-garbage-collector?lang=en");
        assertPageIsHealthy(); // contrast is checked in the chosen theme too
        browser.executeScript("localStorage.removeItem('interviewlab.theme')");
    }

    @Test
    void unknownPagesShowTheSitesOwn404() {
        open("/topics/does-not-exist?lang=en");
        assertThat(find("h1").getText()).isEqualTo("Page not found");
        assertPageIsHealthy();
    }
}
