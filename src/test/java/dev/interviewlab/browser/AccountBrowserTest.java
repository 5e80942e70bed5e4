package dev.interviewlab.browser;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering, signing out and in again in a real browser; a guest's quiz goes along. */
class AccountBrowserTest extends BrowserTest {

    @Test
    void aGuestRegistersKeepsTheirQuizSignsOutAndSignsInAgain() {
        becomeANewGuest();
        open("/quizzes?lang=en&topics=websocket&count=2&minutes=5");
        clickAndWaitForNewPage("form.quiz-form button[type=submit]");
        String attemptUrl = browser.getCurrentUrl();

        navigating(() -> find(".account-nav a[href='/register']").click());
        assertPageIsHealthy();
        String username = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        find("#username").sendKeys(username);
        find("#displayName").sendKeys("Grace");
        find("#password").sendKeys("short");
        find("#confirmation").sendKeys("short");
        clickAndWaitForNewPage("main form button[type=submit]");
        assertThat(find("#password-error").getText()).isEqualTo("A password has 10 to 72 characters.");
        assertThat(find("#username").getAttribute("value")).isEqualTo(username);
        assertPageIsHealthy();

        find("#password").sendKeys(PASSWORD);
        find("#confirmation").sendKeys(PASSWORD);
        clickAndWaitForNewPage("main form button[type=submit]");
        assertThat(find(".notice").getText()).contains("Welcome!");
        assertThat(find(".account-nav").getText()).contains("Grace");
        assertPageIsHealthy();

        clickAndWaitForNewPage(".account-nav button");
        assertThat(find(".account-nav").getText()).contains("Sign in");
        browser.get(attemptUrl);
        assertThat(find("h1").getText()).contains("Page not found");
        discardConsoleLog();

        open("/login?lang=en");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        clickAndWaitForNewPage("main form button[type=submit]");
        assertThat(find("h1").getText()).as("a sign-in lands on the signed-in home").isEqualTo("Today");
        open(attemptUrl.replace("http://localhost:" + port, "") + "?lang=en");
        assertThat(find(".question-number").getText()).startsWith("Question 1 of 2");
        assertPageIsHealthy();
        becomeANewGuest();
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSignInPage() {
        becomeANewGuest();
        open("/login?lang=zh");
        find("#username").sendKeys("nobody-here");
        find("#password").sendKeys("not the password");
        clickAndWaitForNewPage("main form button[type=submit]");
        assertThat(find(".form-error").getText()).isEqualTo("用户名或密码错误。");
        assertPageIsHealthy();
    }
}
