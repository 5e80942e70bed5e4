package dev.interviewlab.quiz.web;

import java.time.Instant;
import java.util.List;

/** The JSON of {@code /api/quizzes}. An open attempt's questions never carry answers or explanations. */
public final class ApiViews {

    private ApiViews() {
    }

    public record Links(String self, String page, String submit, String result) {
    }

    /**
     * @param remainingSeconds null when untimed; counts from {@code serverTime}, so a client's own clock does not matter
     * @param graceSeconds     answers arriving up to this long after the deadline still count
     */
    public record Attempt(String id, String status, String finishReason, boolean sequential, boolean timed,
                          Long timeLimitSeconds, Instant startedAt, Instant deadline, Instant finishedAt,
                          Instant serverTime, Long remainingSeconds, long graceSeconds, int currentPosition,
                          int questionCount, int answeredCount, int flaggedCount, Links links, List<Question> questions) {
    }

    /**
     * @param options in this attempt's order; empty for true-false and fill-in
     * @param answer  the saved answer: an option id or a text (string), option ids (array), true/false; null if none
     * @param open    whether it takes answers now (sequential quizzes: only the current question)
     */
    public record Question(int position, String type, String topic, String difficulty, String prompt,
                           List<Option> options, Object answer, boolean answered, boolean flagged, boolean open) {
    }

    /** @param text HTML (inline Markdown, sanitized) */
    public record Option(String id, String text) {
    }

    /** @param url the topic's page; null once an editor deleted the topic */
    public record Topic(String slug, String title, String url) {
    }

    public record Result(String id, String finishReason, Instant startedAt, Instant deadline, Instant finishedAt,
                         long timeUsedSeconds, int questionCount, double score, double percent, Links links,
                         List<ResultQuestion> questions) {
    }

    /**
     * @param correctAnswer same shapes as {@code answer}; for fill-in, the list of accepted answers
     * @param verdict       correct, partial, wrong or unanswered
     */
    public record ResultQuestion(int position, String type, Topic topic, String prompt, List<Option> options,
                                 Object answer, Object correctAnswer, double points, String verdict, String explanation,
                                 boolean flagged) {
    }

    public record AttemptEntry(String id, String status, String finishReason, String title, int questionCount,
                               Long timeLimitSeconds, Instant startedAt, Instant deadline, Instant finishedAt,
                               Double percent, Links links) {
    }

    public record BankCategory(String slug, String name, int questions, List<BankTopic> topics) {
    }

    public record BankTopic(String slug, String title, int questions) {
    }
}
