package dev.interviewlab.web.limits;

import dev.interviewlab.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;
import java.util.Map;

/**
 * How a client over its rate limit is answered: 429 with {@code Retry-After}, as a problem detail
 * from the JSON API and as the site's error page elsewhere. Two advices because the answer's kind
 * follows the controller: the API one is scoped to {@link ApiController}s and asked first.
 */
final class LimitErrors {

    static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private LimitErrors() {
    }

    @RestControllerAdvice(annotations = ApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ApiProblems {

        private final MessageSource messages;

        ApiProblems(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(TooManyRequestsException.class)
        ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e, Locale locale) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(
                    "limits.tooManyRequests.text", new Object[]{e.retryAfterSeconds()}, locale));
            problem.setTitle(messages.getMessage("limits.tooManyRequests.title", null, locale));
            problem.setProperty(RETRY_AFTER_SECONDS, e.retryAfterSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(problem);
        }
    }

    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class Pages {

        @ExceptionHandler(TooManyRequestsException.class)
        ModelAndView tooManyRequests(TooManyRequestsException e, jakarta.servlet.http.HttpServletResponse response) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            return new ModelAndView("error/429", Map.of(RETRY_AFTER_SECONDS, e.retryAfterSeconds()),
                    HttpStatus.TOO_MANY_REQUESTS);
        }
    }
}
