package dev.interviewlab.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.security.Principal;
import java.time.Duration;
import java.util.Set;

/**
 * Takes a token from the client's bucket before the handler runs, for the requests the limit is
 * about; an empty bucket becomes a {@link TooManyRequestsException}, which {@link LimitErrors}
 * turns into a 429 page or problem.
 *
 * <p>An interceptor rather than a servlet filter: it runs after Spring Security, so a signed-in
 * client is counted by its account (not by an address it may share with a whole office), and the
 * exception reaches the controller advice, which renders the page in the layout.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final ClientRateLimit limit;
    private final Set<String> methods;

    /** @param methods the HTTP methods counted; empty for all */
    RateLimitInterceptor(ClientRateLimit limit, Set<String> methods) {
        this.limit = limit;
        this.methods = methods;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST
                || !methods.isEmpty() && !methods.contains(request.getMethod())) {
            return true;
        }
        Duration wait = limit.take(client(request));
        if (!wait.isZero()) {
            throw new TooManyRequestsException(wait);
        }
        return true;
    }

    /**
     * The account's name when signed in (names never change, unlike display names); otherwise the
     * address — behind a reverse proxy, the client's address from {@code X-Forwarded-For}, which
     * Tomcat accepts only from a trusted proxy ({@code interviewlab.trusted-proxies}, none by default).
     */
    static String client(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? "account:" + principal.getName() : "address:" + request.getRemoteAddr();
    }
}
