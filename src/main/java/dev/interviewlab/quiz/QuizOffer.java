package dev.interviewlab.quiz;

/**
 * A named quiz a page offers with one button, e.g. "Networking: 10 questions, 8 minutes". The
 * button posts the same fields as the quiz form, so the server checks it like any other quiz.
 *
 * @param field {@code categories} or {@code topics}: which form field {@code slug} goes into
 * @param name  the category's name or the topic's title, in the reader's language
 */
public record QuizOffer(String field, String slug, String name, int count, int minutes) {
}
