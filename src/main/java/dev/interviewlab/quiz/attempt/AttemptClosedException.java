package dev.interviewlab.quiz.attempt;

import java.time.Instant;

/** A change to an attempt that no longer takes changes; nothing was saved. */
public class AttemptClosedException extends RuntimeException {

    public enum Why {
        /** The answer arrived after deadline + grace; the attempt has been closed and scored without it. */
        LATE,
        /** The attempt was already submitted. */
        FINISHED
    }

    private final Why why;
    private final String attemptId;
    private final Instant deadline;

    public AttemptClosedException(Why why, String attemptId, Instant deadline) {
        super("attempt " + attemptId + " is closed: " + why);
        this.why = why;
        this.attemptId = attemptId;
        this.deadline = deadline;
    }

    public Why why() {
        return why;
    }

    public String attemptId() {
        return attemptId;
    }

    public Instant deadline() {
        return deadline;
    }
}
