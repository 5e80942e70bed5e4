package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.AnswerKey;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * An attempt as read in one transaction, in both languages. The answer keys, explanations and
 * points are held only once the attempt is finished: while it is open they are null here, so no
 * view of an open attempt (pages, API, data export, an admin's look) can show them by mistake.
 *
 * @param now the server's time when it was read; the countdown starts from {@link #remaining()}
 */
public record AttemptSnapshot(
        String id,
        AttemptStatus status,
        FinishReason finishReason,
        boolean sequential,
        List<String> categorySlugs,
        List<String> topicSlugs,
        Difficulty difficulty,
        Duration timeLimit,
        Instant startedAt,
        Instant deadline,
        Instant finishedAt,
        Instant now,
        int currentPosition,
        Integer scoreMillis,
        List<Question> questions) {

    public AttemptSnapshot {
        categorySlugs = List.copyOf(categorySlugs);
        topicSlugs = List.copyOf(topicSlugs);
        questions = List.copyOf(questions);
    }

    /**
     * @param options     in this attempt's shuffled order
     * @param response    the learner's answer, or null
     * @param pointsMillis set once the attempt is finished
     * @param answerKey    null while the attempt is open
     * @param explanation  null while the attempt is open
     */
    public record Question(
            int position,
            String itemKey,
            ItemType type,
            String topicSlug,
            String categorySlug,
            Difficulty difficulty,
            LocalizedText prompt,
            List<ItemOption> options,
            Response response,
            Instant answeredAt,
            boolean flagged,
            Integer pointsMillis,
            AnswerKey answerKey,
            LocalizedText explanation) {

        public Question {
            options = List.copyOf(options);
        }

        public boolean answered() {
            return response != null;
        }
    }

    static AttemptSnapshot of(Attempt attempt, Instant now) {
        return of(attempt, now, position -> true);
    }

    /**
     * The attempt with the item (prompt, options, difficulty, and once finished the key and explanation) of the
     * questions {@code detailed} names only; every other question carries its position, type, topic, answer, flag
     * and points, with a null prompt and no options: what a page that shows one question needs of the others.
     */
    static AttemptSnapshot of(Attempt attempt, Instant now, IntPredicate detailed) {
        // the keys of an open attempt would let its taker score 100 %: they never leave the entity
        boolean finished = !attempt.isOpen();
        List<Question> questions = attempt.getQuestions().stream()
                .map(question -> detailed.test(question.getPosition()) ? detailed(question, finished) : outline(question, finished))
                .toList();
        return new AttemptSnapshot(attempt.getPublicId(), attempt.getStatus(), attempt.getFinishReason(),
                attempt.isSequential(), attempt.getCategorySlugs(), attempt.getTopicSlugs(), attempt.getDifficulty(),
                attempt.getTimeLimit(), attempt.getStartedAt(), attempt.getDeadline(), attempt.getFinishedAt(), now,
                attempt.getCurrentPosition(), finished ? attempt.getScoreMillis() : null, questions);
    }

    private static Question detailed(AttemptQuestion question, boolean finished) {
        var item = question.getItem();
        // An editor may have renamed or removed options since this attempt drew the item: options
        // it showed that are gone are left out, options added since follow in the item's order.
        List<String> order = question.optionOrder();
        List<ItemOption> options = java.util.stream.Stream.concat(
                order.stream().map(key -> item.getOptions().stream().filter(option -> option.key().equals(key)).findFirst())
                        .flatMap(java.util.Optional::stream),
                item.getOptions().stream().filter(option -> !order.contains(option.key())))
                .toList();
        return new Question(question.getPosition(), item.getKey(), item.getType(), question.getTopicSlug(),
                question.getCategorySlug(), item.getDifficulty(), item.getPrompt(), options, question.response(),
                question.getAnsweredAt(), question.isFlagged(), finished ? question.getPointsMillis() : null,
                finished ? item.answerKey() : null, finished ? item.getExplanation() : null);
    }

    /** Without its item: the item is not read. */
    private static Question outline(AttemptQuestion question, boolean finished) {
        return new Question(question.getPosition(), null, question.getItemType(), question.getTopicSlug(),
                question.getCategorySlug(), null, null, List.of(), question.response(), question.getAnsweredAt(),
                question.isFlagged(), finished ? question.getPointsMillis() : null, null, null);
    }

    public boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }

    /** Open, but past its deadline and grace: the next call that may change it closes it. */
    public boolean isOverdue() {
        return isOpen() && window().isOverdue(now);
    }

    public boolean isTimed() {
        return deadline != null;
    }

    public AnswerWindow window() {
        return new AnswerWindow(deadline);
    }

    /** Time left, never negative; null when untimed. */
    public Duration remaining() {
        return window().remaining(now);
    }

    public int answeredCount() {
        return (int) questions.stream().filter(Question::answered).count();
    }

    /**
     * Whether "submit" should first show the learner what is left: some questions are unanswered and time
     * is not up yet. Once time is up the server submits at once, as the deadline rules.
     */
    public boolean asksBeforeSubmitting() {
        return isOpen() && !window().isTimeUp(now) && answeredCount() < questions.size();
    }

    public int flaggedCount() {
        return (int) questions.stream().filter(Question::flagged).count();
    }

    public Duration timeUsed() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public Question question(int position) {
        if (position < 1 || position > questions.size()) {
            throw new QuestionNotInAttemptException(position, questions.size());
        }
        return questions.get(position - 1);
    }

    /** Whether the learner may open this question now: any question, or in sequential mode only the current one. */
    public boolean canOpen(int position) {
        return !sequential || position == currentPosition;
    }
}
