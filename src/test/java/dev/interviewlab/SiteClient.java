package dev.interviewlab;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for full-stack tests: keeps cookies, and sends the CSRF token with every
 * request that changes something (read from the sign-in page's form, as a page's script would).
 */
public final class SiteClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    // shared with the same browser's clients for other ports (onPort): the token goes with the cookies
    private final AtomicReference<String> csrfToken;

    public SiteClient(int port, boolean followRedirects) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build(),
                new AtomicReference<>());
    }

    private SiteClient(int port, HttpClient http, AtomicReference<String> csrfToken) {
        this.base = "http://localhost:" + port;
        this.http = http;
        this.csrfToken = csrfToken;
    }

    /**
     * The same browser (its cookies, its CSRF token) talking to another server on this host, as a browser
     * behind a load balancer reaches several instances under one name (cookies do not depend on the port).
     */
    public SiteClient onPort(int port) {
        return new SiteClient(port, http, csrfToken);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "en");
    }

    public HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with an extra cookie, as a browser that kept only that cookie would send it. */
    public HttpResponse<String> getWithCookie(String path, String cookie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any method; a request that is not a GET carries the CSRF token in the {@code X-CSRF-TOKEN} header. */
    public HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(method, path, contentType, body);
        if (!method.equals("GET")) {
            request.header("X-CSRF-TOKEN", csrfToken());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return path.equals("/logout") ? forgetToken(response) : forgetTokenOfAnEndedSession(response);
    }

    /** The same request with no CSRF token, as a forged cross-site request would arrive. */
    public HttpResponse<String> sendWithoutCsrfToken(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(request(method, path, contentType, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> form(String path, String urlEncodedBody) throws IOException, InterruptedException {
        return send("POST", path, "application/x-www-form-urlencoded", urlEncodedBody);
    }

    public HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, "application/json", body);
    }

    /** Signs in through the login form; the session gets a new id and token (even when a followed redirect hides its cookie). */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return forgetToken(form("/login", "username=" + encode(username) + "&password=" + encode(password)));
    }

    /** The session's token, from the first form of the sign-in page (or of the page it redirects to). */
    public String csrfToken() throws IOException, InterruptedException {
        if (csrfToken.get() == null) {
            String path = "/login";
            for (int hop = 0; hop < 3 && csrfToken.get() == null; hop++) {
                HttpResponse<String> page = get(path);
                Matcher matcher = CSRF.matcher(page.body());
                if (matcher.find()) {
                    csrfToken.set(matcher.group(1));
                } else {
                    path = URI.create(page.headers().firstValue("Location")
                            .orElseThrow(() -> new IllegalStateException("no CSRF field on " + page.uri()))).getPath();
                }
            }
        }
        return csrfToken.get();
    }

    // signing in gives the browser a new session id and CSRF token cookie, signing out ends the session:
    // either way the next change needs the new token
    private HttpResponse<String> forgetTokenOfAnEndedSession(HttpResponse<String> response) {
        boolean newSession = response.headers().allValues("Set-Cookie").stream()
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("XSRF-TOKEN="));
        return newSession ? forgetToken(response) : response;
    }

    private HttpResponse<String> forgetToken(HttpResponse<String> response) {
        csrfToken.set(null);
        return response;
    }

    private HttpRequest.Builder request(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A CSRF token from a page, unmasked: Spring Security masks the session's token anew for every use. */
    public static String unmask(String masked) {
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(masked);
        int half = bytes.length / 2;
        byte[] token = new byte[half];
        for (int i = 0; i < half; i++) {
            token[i] = (byte) (bytes[i] ^ bytes[half + i]);
        }
        return new String(token, StandardCharsets.UTF_8);
    }
}
