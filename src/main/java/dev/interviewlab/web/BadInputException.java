package dev.interviewlab.web;

/**
 * Input a user can fix. Carries a message key (in {@code messages*.properties}) so pages and the
 * JSON API can tell the user what to change in their language.
 */
public class BadInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BadInputException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
