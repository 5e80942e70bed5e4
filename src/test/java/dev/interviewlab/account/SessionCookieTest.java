package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session, CSRF and remember-me cookies over real HTTP: no session before sign-in, a new session
 * id and CSRF token at sign-in (no session fixation), no script access, not sent by other sites' forms, and Secure when the request came
 * over HTTPS — here through a reverse proxy on a trusted (loopback) address that says so in
 * {@code X-Forwarded-Proto}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "interviewlab.trusted-proxies=127.0.0.1, ::1")
@DatabaseTest
class SessionCookieTest {

    private static final String PASSWORD = "session cookie password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signingInGivesTheSessionANewIdAndTheCookiesTheirFlags() throws Exception {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
        assertThat(cookie(loginPage, "JSESSIONID")).as("a guest reading the form has no session").isEmpty();
        String csrfCookie = cookie(loginPage, "XSRF-TOKEN").orElseThrow();
        assertThat(csrfCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");

        HttpResponse<String> first = signIn(newAccount(), pair(csrfCookie), csrf(loginPage), null);
        String firstSession = value(cookie(first, "JSESSIONID").orElseThrow());

        // a browser that already has a session (an attacker's planted one, say) signs in as someone
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET(), "JSESSIONID=" + firstSession);
        String pageCookies = "JSESSIONID=" + firstSession + "; " + pair(cookie(page, "XSRF-TOKEN").orElseThrow());
        HttpResponse<String> signedIn = signIn(newAccount(), pageCookies, csrf(page), null);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/today"));
        String sessionCookie = cookie(signedIn, "JSESSIONID").orElseThrow();
        assertThat(value(sessionCookie)).as("a new session id").isNotEqualTo(firstSession);
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String rememberMe = cookie(signedIn, "remember-me").orElseThrow();
        assertThat(rememberMe).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(value(cookie(signedIn, "XSRF-TOKEN").orElseThrow())).as("the CSRF token is dropped at sign-in")
                .isEmpty();

        HttpResponse<String> oldSession = send(HttpRequest.newBuilder(uri("/account")).GET(), "JSESSIONID=" + firstSession);
        assertThat(oldSession.statusCode()).as("the old session id no longer signs anyone in").isEqualTo(302);
    }

    @Test
    void registeringAlsoGivesTheSessionANewIdAndANewCsrfToken() throws Exception {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
        HttpResponse<String> first = signIn(newAccount(), pair(cookie(loginPage, "XSRF-TOKEN").orElseThrow()),
                csrf(loginPage), null);
        String firstSession = value(cookie(first, "JSESSIONID").orElseThrow());

        HttpResponse<String> registerPage = send(HttpRequest.newBuilder(uri("/register")).GET(), "JSESSIONID=" + firstSession);
        String csrfCookie = pair(cookie(registerPage, "XSRF-TOKEN").orElseThrow());
        String name = "cookie-new-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = send(HttpRequest.newBuilder(uri("/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&displayName=New&password="
                        + SiteClient.encode(PASSWORD) + "&confirmation=" + SiteClient.encode(PASSWORD)
                        + "&_csrf=" + SiteClient.encode(csrf(registerPage)))), "JSESSIONID=" + firstSession + "; " + csrfCookie);
        assertThat(registered.statusCode()).isEqualTo(302);
        String sessionCookie = cookie(registered, "JSESSIONID").orElseThrow();
        assertThat(value(sessionCookie)).isNotEqualTo(firstSession);
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(value(cookie(registered, "XSRF-TOKEN").orElseThrow())).as("the CSRF token is dropped").isEmpty();
    }

    @Test
    void behindAnHttpsProxyTheCookiesAreSecure() throws Exception {
        String name = newAccount();
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()
                .header("X-Forwarded-Proto", "https"), null);
        String csrfCookie = cookie(loginPage, "XSRF-TOKEN").orElseThrow();
        assertThat(csrfCookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");

        HttpResponse<String> signedIn = signIn(name, pair(csrfCookie), csrf(loginPage), "https");
        assertThat(cookie(signedIn, "JSESSIONID").orElseThrow()).containsIgnoringCase("Secure");
        assertThat(cookie(signedIn, "remember-me").orElseThrow()).containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly");
    }

    private String newAccount() {
        String name = "cookie-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, "Cookie", PASSWORD, PASSWORD);
        return name;
    }

    private HttpResponse<String> signIn(String name, String cookies, String csrf, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + SiteClient.encode(PASSWORD)
                        + "&remember-me=on&_csrf=" + SiteClient.encode(csrf)));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return send(request, cookies);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
    }

    /** A Set-Cookie header as the browser sends it back: name=value. */
    private static String pair(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the sign-in form's CSRF field").isTrue();
        return matcher.group(1);
    }
}
