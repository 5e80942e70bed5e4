package dev.interviewlab.account.throttling;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Sits in front of the form login's processing ({@code POST /login}) and turns a blocked attempt
 * away before the password is checked — a right password must not get through a lock, and a
 * blocked attempt costs no password hashing.
 *
 * <p>A filter rather than a custom {@code AuthenticationProvider}: the provider sees no request, so
 * it could not know the address; and the filter keeps the form login's own provider and handlers
 * as they are. Not a Spring bean on purpose: Spring Boot would also register it for every request
 * outside the security chain.
 *
 * <p>The address is the connection's remote address. With {@code server.forward-headers-strategy=native}
 * Tomcat's RemoteIpValve replaces it with the client from {@code X-Forwarded-For} only when the
 * connection comes from a trusted proxy ({@code interviewlab.trusted-proxies}, none by default), so a
 * client cannot pick its own address.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final ThrottledSignInFailure failure;

    public LoginThrottleFilter(LoginThrottle throttle, ThrottledSignInFailure failure) {
        this.throttle = throttle;
        this.failure = failure;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.waitBefore(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            failure.sendToWait(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
