package dev.interviewlab.review;

/**
 * The card cannot take this answer or grade now (409): it was graded since the page was shown (a
 * second submission of the same form, or another tab), or it is not due yet.
 */
public class CardConflictException extends RuntimeException {

    public enum Why {
        /** the form's version is not the card's: it was reviewed since */
        STALE,
        NOT_DUE
    }

    private final Why why;

    public CardConflictException(Why why) {
        super("Review card " + why);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
