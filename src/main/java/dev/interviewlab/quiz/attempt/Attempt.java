package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.topic.Difficulty;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One learner's go at a quiz. Its start and time limit are persisted, so the deadline survives
 * reloads and restarts and is enforced by the server ({@link AnswerWindow}).
 */
@Entity
@Table(name = "quiz_attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String publicId;

    @Embedded
    private AttemptOwner owner;

    private String categorySlugs;

    private String topicSlugs;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    private int questionCount;

    private Integer timeLimitSeconds;

    private boolean sequential;

    @Enumerated(EnumType.STRING)
    private AttemptStatus status;

    private Instant startedAt;

    private Instant deadlineAt;

    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private FinishReason finishReason;

    private int currentPosition;

    private Integer scoreMillis;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected Attempt() {
    }

    /** A drawn item with its option order for this attempt and the category its topic is in. */
    public record DrawnQuestion(QuizItem item, String categorySlug, List<String> optionOrder) {
    }

    public static Attempt start(String publicId, AttemptOwner owner, QuizSettings settings,
                                List<DrawnQuestion> drawn, Instant now) {
        Attempt attempt = new Attempt();
        attempt.publicId = publicId;
        attempt.owner = owner;
        attempt.categorySlugs = String.join(",", settings.categories());
        attempt.topicSlugs = String.join(",", settings.topics());
        attempt.difficulty = settings.difficulty();
        attempt.questionCount = drawn.size();
        attempt.sequential = settings.sequential();
        attempt.status = AttemptStatus.OPEN;
        attempt.startedAt = now;
        if (settings.timeLimit() != null) {
            attempt.timeLimitSeconds = Math.toIntExact(settings.timeLimit().toSeconds());
            attempt.deadlineAt = now.plus(settings.timeLimit());
        }
        attempt.currentPosition = 1;
        for (int i = 0; i < drawn.size(); i++) {
            DrawnQuestion question = drawn.get(i);
            attempt.questions.add(new AttemptQuestion(attempt, i + 1, question.item(), question.categorySlug(),
                    question.optionOrder()));
        }
        return attempt;
    }

    public AnswerWindow window() {
        return new AnswerWindow(deadlineAt);
    }

    public boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }

    /**
     * Scores every question and closes the attempt. The finish time is never later than the
     * deadline. Does nothing to an attempt already finished, so submitting twice is harmless.
     */
    void finish(Instant now, FinishReason reason) {
        if (!isOpen()) {
            return;
        }
        int total = 0;
        for (AttemptQuestion question : questions) {
            int points = Scoring.pointsMillis(question.getItem().answerKey(), question.response());
            question.score(points);
            total += points;
        }
        scoreMillis = total;
        finishedAt = window().finishTime(now);
        finishReason = reason;
        status = AttemptStatus.FINISHED;
    }

    /** Sequential mode: the next question becomes the current one; earlier ones are closed. */
    void advance() {
        if (currentPosition < questionCount) {
            currentPosition++;
        }
    }

    public AttemptQuestion question(int position) {
        if (position < 1 || position > questions.size()) {
            throw new QuestionNotInAttemptException(position, questions.size());
        }
        return questions.get(position - 1);
    }

    public Duration timeUsed() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public AttemptOwner getOwner() {
        return owner;
    }

    public List<String> getCategorySlugs() {
        return slugs(categorySlugs);
    }

    public List<String> getTopicSlugs() {
        return slugs(topicSlugs);
    }

    /** The slugs of a comma-separated column, as the attempt stores what the learner asked for. */
    static List<String> slugs(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public Duration getTimeLimit() {
        return timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds);
    }

    public boolean isSequential() {
        return sequential;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadlineAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public FinishReason getFinishReason() {
        return finishReason;
    }

    public int getCurrentPosition() {
        return currentPosition;
    }

    public Integer getScoreMillis() {
        return scoreMillis;
    }

    public List<AttemptQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
