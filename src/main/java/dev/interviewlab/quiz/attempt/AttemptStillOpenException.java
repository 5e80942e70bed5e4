package dev.interviewlab.quiz.attempt;

/** A result asked for before the attempt was submitted. */
public class AttemptStillOpenException extends RuntimeException {

    private final String attemptId;

    public AttemptStillOpenException(String attemptId) {
        super("attempt " + attemptId + " is still open");
        this.attemptId = attemptId;
    }

    public String attemptId() {
        return attemptId;
    }
}
