package dev.interviewlab.review;

/** No such card, or it is someone else's: both look the same from outside (404). */
public class CardNotFoundException extends RuntimeException {

    public CardNotFoundException() {
        super("No such review card");
    }
}
