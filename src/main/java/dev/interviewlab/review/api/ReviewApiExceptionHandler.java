package dev.interviewlab.review.api;

import dev.interviewlab.review.CardConflictException;
import dev.interviewlab.review.CardNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;

/**
 * The review API's own problems (RFC 9457) with a {@code code} a client can switch on: another learner's card
 * and a missing one are the same 404, so ids reveal nothing. Bad input is the shared ApiExceptionHandler's.
 */
@RestControllerAdvice(assignableTypes = ReviewApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiExceptionHandler {

    private final MessageSource messages;

    ReviewApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CardNotFoundException.class)
    ProblemDetail notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "card-not-found", message("planner.api.notFound", locale));
    }

    @ExceptionHandler(CardConflictException.class)
    ProblemDetail conflict(CardConflictException e, Locale locale) {
        return e.why() == CardConflictException.Why.STALE
                ? problem(HttpStatus.CONFLICT, "stale-version", message("planner.api.stale", locale))
                : problem(HttpStatus.CONFLICT, "not-due", message("planner.api.notDue", locale));
    }

    /** Two grades of one card racing: the second's update finds the version changed. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentGrade(Locale locale) {
        return problem(HttpStatus.CONFLICT, "stale-version", message("planner.api.stale", locale));
    }

    @ExceptionHandler(NoPlanException.class)
    ProblemDetail noPlan(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "no-plan", message("planner.noPlan", locale));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
