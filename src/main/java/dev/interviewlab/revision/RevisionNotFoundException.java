package dev.interviewlab.revision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class RevisionNotFoundException extends RuntimeException {

    public RevisionNotFoundException(Subject subject, int number) {
        super("No revision " + number + " of " + subject.type() + " " + subject.key());
    }
}
