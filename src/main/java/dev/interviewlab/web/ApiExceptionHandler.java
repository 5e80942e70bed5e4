package dev.interviewlab.web;

import dev.interviewlab.topic.TopicNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;

/** JSON errors for {@code /api/**} as RFC 9457 problem details. */
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TopicNotFoundException.class)
    ProblemDetail notFound(TopicNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(BadInputException.class)
    ProblemDetail badInput(BadInputException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Missing request parameter '" + e.getParameterName() + "'");
    }
}
