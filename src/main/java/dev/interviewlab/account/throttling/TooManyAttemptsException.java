package dev.interviewlab.account.throttling;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * A throttled form: the visitor must wait before trying again. The controller answers 429 with
 * {@code Retry-After}, shows the form again with how long to wait, and saves nothing.
 *
 * @see PasswordCheckThrottle
 * @see RegistrationThrottle
 */
public class TooManyAttemptsException extends RuntimeException {

    private final transient ThrottleWait wait;
    private final boolean wrongPassword;

    TooManyAttemptsException(ThrottleWait wait, boolean wrongPassword) {
        super("too many attempts; wait " + wait.retryAfter() + " s");
        this.wait = wait;
        this.wrongPassword = wrongPassword;
    }

    public ThrottleWait getWait() {
        return wait;
    }

    /** Answers 429 with {@code Retry-After}; the form's page shows {@code throttled} as its alert. */
    public void answer(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.retryAfter()));
        model.addAttribute("throttled", wait);
    }

    /** The password given with this request was checked and wrong (its strike started the wait). */
    public boolean wasWrongPassword() {
        return wrongPassword;
    }
}
