package dev.interviewlab.quiz.attempt;

/** In a sequential quiz only the current question takes answers. */
public class SequentialOrderException extends RuntimeException {

    private final int current;
    private final int requested;

    public SequentialOrderException(int current, int requested) {
        super("sequential quiz: question " + requested + " is not the current question " + current);
        this.current = current;
        this.requested = requested;
    }

    public int current() {
        return current;
    }

    public int requested() {
        return requested;
    }
}
