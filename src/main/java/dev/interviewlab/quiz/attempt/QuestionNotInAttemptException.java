package dev.interviewlab.quiz.attempt;

/** An answer or flag for a question number the attempt does not have. */
public class QuestionNotInAttemptException extends RuntimeException {

    private final int position;
    private final int questionCount;

    public QuestionNotInAttemptException(int position, int questionCount) {
        super("question " + position + " is not in this attempt (1 to " + questionCount + ")");
        this.position = position;
        this.questionCount = questionCount;
    }

    public int position() {
        return position;
    }

    public int questionCount() {
        return questionCount;
    }
}
