package dev.interviewlab.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers a reader gets when something is refused or missing, over real HTTP: the site's own
 * pages in the reader's language, and problem details from the JSON API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class ErrorAnswersTest {

    private static final String PASSWORD = "error answers password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void anEditorOpeningAnAdminPageGetsTheLocalized403Page() throws Exception {
        SiteClient editor = new SiteClient(port, false);
        Account account = accounts.register("editor-" + UUID.randomUUID().toString().substring(0, 8), "Ed",
                PASSWORD, PASSWORD);
        accounts.grant(account.getId(), Role.EDITOR);
        editor.signIn(account.getUsername(), PASSWORD);

        HttpResponse<String> english = editor.get("/admin/accounts", "en");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(english.body());
        assertThat(page.select("header").size()).as("the site's layout").isPositive();
        assertThat(page.select("h1").text()).isEqualTo("Not allowed");
        assertThat(page.select("[role=alert]").text()).isEqualTo("Your account may not open this page.");

        HttpResponse<String> chinese = editor.get("/admin/accounts?lang=zh", "zh");
        assertThat(chinese.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(chinese.body()).select("h1").text()).isEqualTo("无权访问");
    }

    @Test
    void aFormWithoutItsTokenGetsThe403PageSayingTheFormExpired() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/register"))
                .header("Accept", "text/html").header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).contains("The form had expired");
    }

    @Test
    void aGuestMistypingAnAddressGetsPageNotFoundNotTheSignInPage() throws Exception {
        SiteClient guest = new SiteClient(port, false);
        HttpResponse<String> typo = guest.get("/topicz/tcp-connection-states");
        assertThat(typo.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(typo.body()).select("h1").text()).isEqualTo("Page not found");
        assertThat(guest.get("/toppics").statusCode()).isEqualTo(404);

        HttpResponse<String> privatePage = guest.get("/account/progress");
        assertThat(privatePage.statusCode()).as("a page that exists still asks for a sign-in").isEqualTo(302);
        assertThat(privatePage.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
    }

    @Test
    void askingForTheErrorAddressItselfIsPageNotFoundNotAServerError() throws Exception {
        HttpResponse<String> page = new SiteClient(port, false).get("/error");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Page not found");

        HttpResponse<String> problem = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/error")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.body()).contains("\"status\":404").doesNotContain("Something went wrong");
    }

    @Test
    void plainTextToTheJsonApiIsA415ProblemDetail() throws Exception {
        SiteClient client = new SiteClient(port, false);
        HttpResponse<String> answer = client.sendWithoutCsrfToken("POST", "/api/simulations/tcp", "text/plain",
                "preset=normal-close");
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Accept")).hasValueSatisfying(accept ->
                assertThat(accept).contains("application/json"));
        assertThat(answer.body()).contains("\"status\":415").contains("application/json").contains("text/plain")
                .doesNotContain("\"timestamp\"");
    }
}
