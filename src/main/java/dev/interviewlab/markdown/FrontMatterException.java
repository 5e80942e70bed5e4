package dev.interviewlab.markdown;

/** Front matter that cannot be read; {@link #line()} points at the offending line of the file. */
public class FrontMatterException extends RuntimeException {

    private final int line;

    public FrontMatterException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
