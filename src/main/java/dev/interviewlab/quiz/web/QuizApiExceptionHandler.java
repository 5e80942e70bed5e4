package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.attempt.AnswerWindow;
import dev.interviewlab.quiz.attempt.AttemptClosedException;
import dev.interviewlab.quiz.attempt.AttemptNotFoundException;
import dev.interviewlab.quiz.attempt.AttemptStillOpenException;
import dev.interviewlab.quiz.attempt.QuestionNotInAttemptException;
import dev.interviewlab.quiz.attempt.SequentialOrderException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The quiz API's own problems (RFC 9457), in the client's language; each carries a {@code code} a
 * client can switch on. Bad input (400 with {@code errors}) is the shared ApiExceptionHandler's.
 */
@RestControllerAdvice(assignableTypes = QuizApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuizApiExceptionHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final MessageSource messages;

    QuizApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AttemptNotFoundException.class)
    ProblemDetail notFound(AttemptNotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "attempt-not-found", message("quiz.api.notFound", locale));
    }

    @ExceptionHandler(QuestionNotInAttemptException.class)
    ProblemDetail noSuchQuestion(QuestionNotInAttemptException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "question-not-found",
                message("quiz.error.question.unknown", locale, e.position(), e.questionCount()));
    }

    @ExceptionHandler(AttemptClosedException.class)
    ProblemDetail closed(AttemptClosedException e, Locale locale) {
        ProblemDetail problem;
        if (e.why() == AttemptClosedException.Why.LATE) {
            problem = problem(HttpStatus.CONFLICT, "late-answer", message("quiz.error.late", locale,
                    TIME.format(e.deadline()), AnswerWindow.GRACE.toSeconds()));
            problem.setProperty("deadline", e.deadline());
            problem.setProperty("graceSeconds", AnswerWindow.GRACE.toSeconds());
        } else {
            problem = problem(HttpStatus.CONFLICT, "attempt-finished", message("quiz.error.finished", locale));
        }
        problem.setProperty("result", "/api/quizzes/attempts/" + e.attemptId() + "/result");
        return problem;
    }

    @ExceptionHandler(SequentialOrderException.class)
    ProblemDetail outOfOrder(SequentialOrderException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "sequential-order",
                message("quiz.error.sequential", locale, e.current()));
        problem.setProperty("currentPosition", e.current());
        return problem;
    }

    @ExceptionHandler(AttemptStillOpenException.class)
    ProblemDetail stillOpen(AttemptStillOpenException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "attempt-open", message("quiz.error.stillOpen", locale));
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
