package dev.interviewlab.account.throttling;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts a failed sign-in and sends the visitor back to the sign-in page: with "wrong username or
 * password", or — when this failure started a wait — with how long to wait.
 *
 * <p>Counting here rather than in an {@code AuthenticationFailureBadCredentialsEvent} listener: the
 * handler has the request, so the address is the one the filter checks (no reliance on the
 * token's details), and it runs for form sign-ins only, not for remember-me cookies.
 */
public class ThrottledSignInFailure extends SimpleUrlAuthenticationFailureHandler {

    static final String BLOCKED_PAGE = "/login?blocked=";

    private final LoginThrottle throttle;

    public ThrottledSignInFailure(LoginThrottle throttle) {
        super("/login?error");
        // the failure needs no session: a client that keeps failing must not make the server keep anything
        setAllowSessionCreation(false);
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                       AuthenticationException exception) throws IOException, ServletException {
        Optional<Duration> wait = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            sendToWait(request, response, wait.get());
        } else {
            super.onAuthenticationFailure(request, response, exception);
        }
    }

    void sendToWait(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        getRedirectStrategy().sendRedirect(request, response, BLOCKED_PAGE + SignInWait.seconds(wait));
    }
}
