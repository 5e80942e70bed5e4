package dev.interviewlab.quiz.attempt;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such attempt, or it belongs to someone else: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AttemptNotFoundException extends RuntimeException {

    public AttemptNotFoundException() {
        super("No such attempt");
    }
}
