package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forged cross-site request arrives with the victim's cookies but without the page's CSRF token:
 * forms and the session-cookie JSON API refuse it with 403 (the API as a problem detail), and the
 * same request with the token goes through. Over real HTTP, with the application's own filter chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class CsrfProtectionTest {

    private static final String PASSWORD = "csrf test password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private SiteClient site;

    @BeforeEach
    void openTheSite() {
        site = new SiteClient(port, false);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndWithItAccepted() throws Exception {
        String name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        String form = "username=" + name + "&displayName=Csrf&password=" + SiteClient.encode(PASSWORD)
                + "&confirmation=" + SiteClient.encode(PASSWORD);
        site.csrfToken(); // the visitor has a session, as a victim would
        HttpResponse<String> forged = site.sendWithoutCsrfToken("POST", "/register", "application/x-www-form-urlencoded", form);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.all()).noneMatch(account -> account.getUsername().equals(name));

        HttpResponse<String> genuine = site.form("/register", form);
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(accounts.all()).anyMatch(account -> account.getUsername().equals(name));
    }

    @Test
    void signOutWithoutTheTokenIsRefused() throws Exception {
        String name = "csrf-out-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, "Csrf", PASSWORD, PASSWORD);
        site.signIn(name, PASSWORD);
        assertThat(site.sendWithoutCsrfToken("POST", "/logout", null, null).statusCode()).isEqualTo(403);
        assertThat(site.get("/account").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(site.send("POST", "/logout", null, null).statusCode()).isEqualTo(302);
        assertThat(site.get("/account").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void aJsonPutWithoutTheTokenIsA403ProblemAndWithItAccepted() throws Exception {
        HttpResponse<String> created = site.json("POST", "/api/quizzes/attempts", "{\"topics\":[\"websocket\"],\"count\":2,\"minutes\":5}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String attempt = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> forged = site.sendWithoutCsrfToken("PUT", attempt + "/questions/1/flag", "application/json",
                "{\"flagged\":true}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(forged.body()).contains("\"status\":403").contains("CSRF");

        HttpResponse<String> genuine = site.json("PUT", attempt + "/questions/1/flag", "{\"flagged\":true}");
        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
    }

    @Test
    void creatingAnAttemptWithoutTheTokenIsRefused() throws Exception {
        site.csrfToken();
        HttpResponse<String> forged = site.sendWithoutCsrfToken("POST", "/api/quizzes/attempts", "application/json",
                "{\"count\":2}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"status\":403");
    }

    @Test
    void theStatelessSimulationApiNeedsNoToken() throws Exception {
        HttpResponse<String> run = site.sendWithoutCsrfToken("POST", "/api/simulations/tcp", "application/json",
                "{\"preset\":\"normal-close\"}");
        assertThat(run.statusCode()).isEqualTo(200);
    }
}
