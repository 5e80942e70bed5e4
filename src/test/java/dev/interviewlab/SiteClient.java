package dev.interviewlab;

import java.io.IOException;
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
 * A browser for full-stack tests: keeps cookies, and sends the session's CSRF token with every
 * request that changes something (read from the sign-in page's form, as a page's script would).
 */
public final class SiteClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrfToken;

    public SiteClient(int port, boolean followRedirects) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "en");
    }

    public HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any method; a request that is not a GET carries the CSRF token in the {@code X-CSRF-TOKEN} header. */
    public HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(method, path, contentType, body);
        if (!method.equals("GET")) {
            request.header("X-CSRF-TOKEN", csrfToken());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

    /** Signs in through the login form; the session (and so the CSRF token) changes. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = form("/login", "username=" + encode(username) + "&password=" + encode(password));
        csrfToken = null;
        return response;
    }

    public String csrfToken() throws IOException, InterruptedException {
        if (csrfToken == null) {
            Matcher matcher = CSRF.matcher(get("/login").body());
            if (!matcher.find()) {
                throw new IllegalStateException("the sign-in page has no CSRF field");
            }
            csrfToken = matcher.group(1);
        }
        return csrfToken;
    }

    public void forgetCsrfToken() {
        csrfToken = null;
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
}
