package dev.interviewlab.topic.importing;

import dev.interviewlab.web.BadInputException;

/** An upload that cannot be imported; nothing of it was saved. */
public class ImportException extends BadInputException {

    public ImportException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
