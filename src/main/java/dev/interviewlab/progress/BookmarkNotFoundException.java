package dev.interviewlab.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such bookmark, or not the caller's: the two look the same, so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class BookmarkNotFoundException extends RuntimeException {

    BookmarkNotFoundException() {
        super("no such bookmark");
    }
}
