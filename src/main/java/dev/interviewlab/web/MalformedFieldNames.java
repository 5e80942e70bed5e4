package dev.interviewlab.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;

/**
 * A request parameter named like a property path the form does not have — an index into a text field
 * ({@code script[400]}) or one past the binder's growth limit ({@code topics[5000]}) — makes Spring's data
 * binder throw instead of recording a field error. It is the client's mistake: answered 400 with the site's
 * error page (or a problem detail for the API), never 500. A controller with a handler of its own (the item
 * editor's "too many rows" page) keeps it.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedFieldNames {

    @ExceptionHandler(InvalidPropertyException.class)
    void refuse(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
