package dev.interviewlab.progress;

import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.attempt.AnswerJson;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.review.ReviewCard;
import dev.interviewlab.review.ReviewLogEntry;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.ReviewService;
import dev.interviewlab.review.ReviewSettings;
import dev.interviewlab.topic.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything the site keeps about one account, as JSON the learner can take away: the profile
 * (never the password hash), bookmarks, read marks, and every quiz attempt with its questions,
 * answers, right answers and scores, and the spaced-review cards with their review log. Read in one transaction, so the parts agree. An attempt still
 * open has no right answers and no points yet (its snapshot holds none): the export must not be a way
 * to look up the answers mid-quiz.
 */
@Service
public class DataExport {

    /** The document; its field names are the export's format, so change them only with care. */
    public record Document(String format, Instant exportedAt, Profile account, List<TopicMark> bookmarks,
                           List<TopicMark> readTopics, List<QuizAttempt> quizAttempts, List<ReviewCardState> reviewCards,
                           List<ReviewLogRow> reviewLog, ReviewPreferencesRow reviewPreferences) {
    }

    public record Profile(long id, String username, String displayName, String role, Instant createdAt) {
    }

    public record TopicMark(String topic, Instant at) {
    }

    /** @param score points, one per question, with partial credit; null while open */
    public record QuizAttempt(String id, String status, String finishReason, List<String> categories, List<String> topics,
                              String difficulty, Long timeLimitSeconds, boolean sequential, Instant startedAt,
                              Instant deadline, Instant finishedAt, int questionCount, Double score,
                              List<Question> questions) {
    }

    /**
     * @param answer        the learner's answer in the quiz API's shape, or null
     * @param correctAnswer null while the attempt is open
     */
    public record Question(int position, String item, String type, String topic, String category, LocalizedText prompt,
                           List<Option> options, Object answer, Instant answeredAt, boolean flagged, Double points,
                           Object correctAnswer) {
    }

    public record Option(String key, LocalizedText text) {
    }

    /**
     * A review card: FSRS state, stability (days) and difficulty (1 to 10; both null while new), when it is due.
     * A quiz item's card names its item; a predict-mode card names its scenario kind (e.g. {@code tcp:next-state})
     * and the seed of the run it asks next.
     */
    public record ReviewCardState(String item, String scenario, Long seed, String state, Double stability,
                                  Double difficulty, Instant due, Instant lastReview) {
    }

    /** One review, oldest first: enough to re-fit FSRS parameters (scenario and seed for a predict-mode card's). */
    public record ReviewLogRow(String item, String scenario, Long seed, Instant reviewedAt, String grade, int elapsedDays, String source,
                               String stateBefore, Double stabilityBefore, Double difficultyBefore,
                               String stateAfter, double stabilityAfter, double difficultyAfter, Instant dueAfter) {
    }

    /**
     * The review settings: desired retention and the interview plan (date null without one).
     *
     * @param planZone the time zone the plan's days are counted in
     */
    public record ReviewPreferencesRow(double desiredRetention, LocalDate interviewDate, List<String> planCategories,
                                       int planExposures, String planZone) {
    }

    static final String FORMAT = "interview-lab-account-export/1";

    private final AccountService accounts;
    private final ProgressService progress;
    private final AttemptService attempts;
    private final ReviewService reviews;
    private final ReviewPreferencesService reviewPreferences;
    private final Clock clock;
    private final JsonMapper json;

    DataExport(AccountService accounts, ProgressService progress, AttemptService attempts, ReviewService reviews,
               ReviewPreferencesService reviewPreferences, Clock clock, JsonMapper json) {
        this.reviewPreferences = reviewPreferences;
        this.accounts = accounts;
        this.progress = progress;
        this.attempts = attempts;
        this.reviews = reviews;
        this.clock = clock;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Transactional(readOnly = true)
    public Document document(long accountId) {
        Account account = accounts.find(accountId);
        AttemptOwner owner = AttemptOwner.account(accountId);
        return new Document(FORMAT, clock.instant(),
                new Profile(account.getId(), account.getUsername(), account.getDisplayName(),
                        account.getRole().name().toLowerCase(Locale.ROOT), account.getCreatedAt()),
                progress.bookmarks(accountId).stream().map(mark -> new TopicMark(mark.topicSlug(), mark.at())).toList(),
                progress.reads(accountId).stream().map(mark -> new TopicMark(mark.topicSlug(), mark.at())).toList(),
                attempts.all(owner).stream().map(DataExport::attempt).toList(),
                reviews.cards(owner).stream().map(DataExport::card).toList(),
                reviews.log(owner).stream().map(DataExport::review).toList(),
                preferences(reviewPreferences.settings(owner)));
    }

    @Transactional(readOnly = true)
    public byte[] json(long accountId) {
        return json.writeValueAsBytes(document(accountId));
    }

    private static QuizAttempt attempt(AttemptSnapshot attempt) {
        return new QuizAttempt(attempt.id(), lower(attempt.status()), lower(attempt.finishReason()),
                attempt.categorySlugs(), attempt.topicSlugs(), lower(attempt.difficulty()),
                attempt.timeLimit() == null ? null : attempt.timeLimit().toSeconds(), attempt.sequential(),
                attempt.startedAt(), attempt.deadline(), attempt.finishedAt(), attempt.questions().size(),
                attempt.scoreMillis() == null ? null : attempt.scoreMillis() / 1000.0,
                attempt.questions().stream().map(question -> new Question(question.position(), question.itemKey(),
                        question.type().code(), question.topicSlug(), question.categorySlug(), question.prompt(),
                        question.options().stream().map(option -> new Option(option.key(), option.text())).toList(),
                        AnswerJson.of(question.response()), question.answeredAt(), question.flagged(),
                        question.pointsMillis() == null ? null : question.pointsMillis() / 1000.0,
                        AnswerJson.of(question.answerKey()))).toList());
    }

    private static ReviewPreferencesRow preferences(ReviewSettings settings) {
        return new ReviewPreferencesRow(settings.desiredRetention(), settings.interviewDate(), settings.categories(),
                settings.exposures(), settings.zone().getId());
    }

    private static ReviewCardState card(ReviewCard card) {
        return new ReviewCardState(card.getItem() == null ? null : card.getItem().getKey(), card.getScenario(),
                card.getScenarioSeed(), lower(card.getState()), card.getStability(), card.getDifficulty(),
                card.getDueAt(), card.getLastReviewAt());
    }

    private static ReviewLogRow review(ReviewLogEntry entry) {
        ReviewCard card = entry.getCard();
        return new ReviewLogRow(card.getItem() == null ? null : card.getItem().getKey(), card.getScenario(),
                entry.getScenarioSeed(), entry.getReviewedAt(), lower(entry.getGrade()),
                entry.getElapsedDays(), lower(entry.getSource()), lower(entry.getStateBefore()), entry.getStabilityBefore(),
                entry.getDifficultyBefore(), lower(entry.getStateAfter()), entry.getStabilityAfter(),
                entry.getDifficultyAfter(), entry.getDueAfter());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
