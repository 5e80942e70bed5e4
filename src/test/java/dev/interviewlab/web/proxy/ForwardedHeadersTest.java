package dev.interviewlab.web.proxy;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared by the tests with and without a trusted proxy: a client on loopback (this test) sends
 * forwarded headers over real HTTP, through Tomcat's RemoteIpValve. The server counts sign-in
 * failures per address from the second on and allows two simulation runs per address.
 */
abstract class ForwardedHeadersTest {

    static final String SMALL_LIMITS_1 = "interviewlab.rate-limit.simulation-burst=2";
    static final String SMALL_LIMITS_2 = "interviewlab.rate-limit.simulation-per-minute=1";
    static final String SMALL_LIMITS_3 = "interviewlab.login-throttle.address-slow-down-after=2";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private HttpClient http;

    @BeforeEach
    void newBrowser() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Runs a simulation page "from" the address; the status says whether the rate limit let it through. */
    int runSimulationFrom(String forwardedFor) throws Exception {
        return send(HttpRequest.newBuilder(uri("/simulations/tcp?preset=normal-close"))
                .header("X-Forwarded-For", forwardedFor).GET()).statusCode();
    }

    /** A wrong password for a new name "from" the address; answers where the sign-in form sends the browser. */
    String failSignInFrom(String forwardedFor, int attempt) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF field on the sign-in page");
        }
        String form = "username=proxy-test-" + attempt + "&password=wrong-password-" + attempt
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return answer.headers().firstValue("Location").orElse("status " + answer.statusCode());
    }

    /** Where a guest asking for a private page is sent, when the request names another host. */
    String signInRedirectFor(String forwardedHost) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/account"))
                .header("X-Forwarded-Host", forwardedHost).GET());
        return answer.headers().firstValue("Location").orElse("status " + answer.statusCode());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "text/html").header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
