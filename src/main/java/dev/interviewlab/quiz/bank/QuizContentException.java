package dev.interviewlab.quiz.bank;

/** A quiz item file that cannot be loaded; the message names the file, the item and the problem. */
public class QuizContentException extends RuntimeException {

    public QuizContentException(String file, String item, String problem) {
        super(file + (item == null ? "" : ": item '" + item + "'") + ": " + problem);
    }
}
