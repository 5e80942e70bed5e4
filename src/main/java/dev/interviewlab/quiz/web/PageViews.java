package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.QuizOffer;

import java.time.Instant;
import java.util.List;

/** What the quiz pages show, in the reader's language; built by {@link QuizViews}. */
public final class PageViews {

    private PageViews() {
    }

    /** The quiz form's choices: categories with their topics and how many questions each has. */
    public record Builder(List<CategoryChoice> categories, List<AttemptRow> open, List<QuizOffer> offers) {
    }

    /** @param expanded whether its topic list starts open (one of its topics is chosen) */
    public record CategoryChoice(String slug, String name, int count, boolean expanded, List<TopicChoice> topics) {
    }

    public record TopicChoice(String slug, String title, int count) {
    }

    /**
     * An attempt in a list.
     *
     * @param title        what it was on: category names and topic titles
     * @param limitMinutes null for practice
     * @param percent      null while open
     */
    public record AttemptRow(String id, String title, int questionCount, Integer limitMinutes, boolean sequential,
                      Instant startedAt, Instant deadline, Instant finishedAt, Long usedMinutes, Long usedSeconds,
                      String points, Double percent, String finishKey, boolean open) {
    }

    /** One question of an open attempt, as its page shows it. */
    public record QuestionPage(
            String attemptId,
            String title,
            boolean timed,
            long remainingSeconds,
            long remainingMillis,
            Instant deadline,
            long graceSeconds,
            int total,
            int answered,
            int flagged,
            boolean sequential,
            Question question,
            List<NavEntry> nav,
            Integer previous,
            Integer next) {

        public int percentAnswered() {
            return total == 0 ? 0 : answered * 100 / total;
        }
    }

    /**
     * @param text  the typed text of a fill-in question
     * @param slots the positions of an ordering question, each with the option chosen for it
     */
    public record Question(int position, String type, String typeKey, String promptHtml, List<Option> options, String text,
                    List<OrderSlot> slots, boolean flagged, boolean answered) {
    }

    /**
     * @param key   the form value: an option id, or true/false
     * @param plain the text without markup, for a select's options
     */
    public record Option(String key, String html, String plain, String labelKey, boolean selected) {
    }

    public record OrderSlot(int number, String chosen) {
    }

    public record NavEntry(int position, boolean answered, boolean flagged, boolean current, boolean openable) {
    }

    /** The review page before submitting: every question's state. */
    public record Review(String attemptId, String title, boolean timed, long remainingSeconds, long remainingMillis, Instant deadline,
                  long graceSeconds, int total, int answered, int flagged, boolean sequential, List<NavEntry> nav) {
    }

    public record Result(String attemptId, String title, String finishKey, Integer limitMinutes, boolean sequential,
                  Instant startedAt, Instant finishedAt, long usedMinutes, long usedSeconds, String points, int total,
                  double percent, List<ResultQuestion> questions) {
    }

    /**
     * @param topicExists false once an editor deleted the topic: the page shows its slug without a link
     * @param verdict correct, partial, wrong or unanswered (a CSS class and a message key)
     */
    public record ResultQuestion(int position, String typeKey, String promptHtml, String topicSlug, String topicTitle,
                          boolean topicExists, List<AnswerLine> given, List<AnswerLine> expected, boolean ordered, String points,
                          String verdict, String explanationHtml, boolean flagged) {
    }

    /** A line of an answer: safe HTML, or a message key (true, false). */
    public record AnswerLine(String html, String messageKey) {
    }

    public record History(List<AttemptRow> attempts, String chartSvg, List<String> trendCategories, List<TrendRow> trendRows,
                   List<WeakTopic> weakest) {
    }

    /** One attempt's row in the table beside the chart: a cell per category, "—" when it had none. */
    public record TrendRow(int attemptNumber, String attemptId, Instant finishedAt, List<String> cells) {
    }

    public record WeakTopic(String slug, String title, boolean exists, String categoryName, double percent, int questions, QuizOffer offer) {
    }
}
