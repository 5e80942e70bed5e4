package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.attempt.AnswerJson;
import dev.interviewlab.quiz.attempt.AnswerReceipt;
import dev.interviewlab.quiz.attempt.AnswerWindow;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.AttemptSummary;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.attempt.Scoring;
import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import dev.interviewlab.web.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Quizzes as JSON, under the same rules as the pages (one {@link AttemptService}): the browser's
 * learner cookie owns attempts, the server's clock owns deadlines. Errors are RFC 9457 problem
 * details ({@link QuizApiExceptionHandler} and the shared {@code ApiExceptionHandler}).
 */
@RestController
@ApiController
@RequestMapping("/api/quizzes")
class QuizApiController {

    /** The body of {@code POST /api/quizzes/attempts}; the same fields as the quiz form. */
    record CreateAttempt(List<String> categories, List<String> topics, String difficulty, Integer count, Integer minutes,
                         Boolean practice, Boolean sequential) {
    }

    /** {@code {"answer": "b"}}, {@code {"answer": ["a", "c"]}}, {@code {"answer": true}}, {@code {"answer": "TIME_WAIT"}}. */
    record AnswerBody(Object answer) {
    }

    record FlagBody(Boolean flagged) {
    }

    private final AttemptService attempts;
    private final QuizHistory history;
    private final QuizViews views;
    private final QuizText text;

    QuizApiController(AttemptService attempts, QuizHistory history, QuizViews views, QuizText text) {
        this.attempts = attempts;
        this.history = history;
        this.views = views;
        this.text = text;
    }

    /** What quizzes can be built: categories and topics with their number of questions. */
    @GetMapping("/bank")
    List<ApiViews.BankCategory> bank(Locale locale) {
        Language language = Language.of(locale);
        return views.catalog().categories().stream().map(category -> new ApiViews.BankCategory(category.slug(),
                category.name().in(language), category.total(), category.topics().stream()
                .map(topic -> new ApiViews.BankTopic(topic.slug(), topic.title().in(language), topic.total())).toList()))
                .toList();
    }

    @PostMapping("/attempts")
    ResponseEntity<ApiViews.Attempt> create(@RequestBody CreateAttempt body, AttemptOwner owner, Locale locale) {
        AttemptSnapshot attempt = attempts.start(owner, new QuizRequest(body.categories(), body.topics(), body.difficulty(),
                body.count(), body.minutes(), Boolean.TRUE.equals(body.practice()), Boolean.TRUE.equals(body.sequential())));
        return ResponseEntity.created(URI.create("/api/quizzes/attempts/" + attempt.id()))
                .body(attemptView(attempt, Language.of(locale)));
    }

    /** This browser's open attempts, then its finished ones (newest first). */
    @GetMapping("/attempts")
    List<ApiViews.AttemptEntry> list(AttemptOwner owner, Locale locale) {
        Language language = Language.of(locale);
        BankCatalog catalog = views.catalog();
        return Stream.concat(attempts.openAttempts(owner).stream(), history.report(owner).attempts().stream())
                .map(summary -> entry(summary, catalog, language)).toList();
    }

    /**
     * Read without the lock, as the question page is; only an attempt past its deadline and grace goes through
     * the locking {@code view}, which closes it, so the answer never shows an overdue attempt as open.
     */
    @GetMapping("/attempts/{id}")
    ApiViews.Attempt get(@PathVariable String id, AttemptOwner owner, Locale locale) {
        AttemptSnapshot attempt = attempts.read(owner, id);
        return attemptView(attempt.isOverdue() ? attempts.view(owner, id) : attempt, Language.of(locale));
    }

    @PutMapping("/attempts/{id}/questions/{position}/answer")
    AnswerReceipt answer(@PathVariable String id, @PathVariable int position, @RequestBody AnswerBody body,
                         AttemptOwner owner) {
        return attempts.answer(owner, id, position, new RawAnswer.Json(body.answer()));
    }

    @DeleteMapping("/attempts/{id}/questions/{position}/answer")
    AnswerReceipt clear(@PathVariable String id, @PathVariable int position, AttemptOwner owner) {
        return attempts.clearAnswer(owner, id, position);
    }

    @PutMapping("/attempts/{id}/questions/{position}/flag")
    AnswerReceipt flag(@PathVariable String id, @PathVariable int position, @RequestBody FlagBody body, AttemptOwner owner) {
        if (body.flagged() == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("flagged", "quiz.error.flag.missing")));
        }
        return attempts.flag(owner, id, position, body.flagged());
    }

    /** Moves on to the next question; in a sequential quiz the earlier ones close for good. */
    @PostMapping("/attempts/{id}/next")
    ApiViews.Attempt next(@PathVariable String id, AttemptOwner owner, Locale locale) {
        return attemptView(attempts.advance(owner, id), Language.of(locale));
    }

    /** Scores and closes the attempt; submitting again returns the same result. */
    @PostMapping("/attempts/{id}/submit")
    ApiViews.Result submit(@PathVariable String id, AttemptOwner owner, Locale locale) {
        return resultView(attempts.submit(owner, id), Language.of(locale));
    }

    @GetMapping("/attempts/{id}/result")
    ApiViews.Result result(@PathVariable String id, AttemptOwner owner, Locale locale) {
        return resultView(attempts.result(owner, id), Language.of(locale));
    }

    private ApiViews.Attempt attemptView(AttemptSnapshot attempt, Language language) {
        List<ApiViews.Question> questions = attempt.questions().stream().map(question -> new ApiViews.Question(
                question.position(), question.type().code(), question.topicSlug(),
                question.difficulty().name().toLowerCase(Locale.ROOT), text.block(question.prompt().in(language), language),
                options(question, language), AnswerJson.of(question.response()), question.answered(), question.flagged(),
                attempt.isOpen() && attempt.canOpen(question.position()))).toList();
        Duration remaining = attempt.remaining();
        return new ApiViews.Attempt(attempt.id(), attempt.status().name().toLowerCase(Locale.ROOT),
                attempt.finishReason() == null ? null : attempt.finishReason().name().toLowerCase(Locale.ROOT),
                attempt.sequential(), attempt.isTimed(), attempt.timeLimit() == null ? null : attempt.timeLimit().toSeconds(),
                attempt.startedAt(), attempt.deadline(), attempt.finishedAt(), attempt.now(),
                remaining == null ? null : remaining.toSeconds(), AnswerWindow.GRACE.toSeconds(), attempt.currentPosition(),
                attempt.questions().size(), attempt.answeredCount(), attempt.flaggedCount(), links(attempt.id()), questions);
    }

    private ApiViews.Result resultView(AttemptSnapshot attempt, Language language) {
        BankCatalog catalog = views.catalog();
        java.util.Set<String> existing = views.existingTopics(
                attempt.questions().stream().map(AttemptSnapshot.Question::topicSlug).toList());
        List<ApiViews.ResultQuestion> questions = attempt.questions().stream().map(question -> {
            int points = question.pointsMillis() == null ? 0 : question.pointsMillis();
            String verdict = !question.answered() ? "unanswered"
                    : points == Scoring.FULL ? "correct" : points > 0 ? "partial" : "wrong";
            String title = catalog.topic(question.topicSlug()).map(topic -> topic.title().in(language)).orElse(question.topicSlug());
            return new ApiViews.ResultQuestion(question.position(), question.type().code(),
                    new ApiViews.Topic(question.topicSlug(), title,
                            existing.contains(question.topicSlug()) ? "/topics/" + question.topicSlug() : null),
                    text.block(question.prompt().in(language), language), options(question, language), AnswerJson.of(question.response()),
                    AnswerJson.of(question.answerKey()), points / 1000.0, verdict, text.block(question.explanation().in(language), language),
                    question.flagged());
        }).toList();
        int score = attempt.scoreMillis() == null ? 0 : attempt.scoreMillis();
        int count = attempt.questions().size();
        return new ApiViews.Result(attempt.id(), attempt.finishReason().name().toLowerCase(Locale.ROOT), attempt.startedAt(),
                attempt.deadline(), attempt.finishedAt(), attempt.timeUsed().toSeconds(), count, score / 1000.0,
                count == 0 ? 0 : Math.round(score / (double) count) / 10.0, links(attempt.id()), questions);
    }

    private ApiViews.AttemptEntry entry(AttemptSummary summary, BankCatalog catalog, Language language) {
        return new ApiViews.AttemptEntry(summary.id(), summary.status().name().toLowerCase(Locale.ROOT),
                summary.finishReason() == null ? null : summary.finishReason().name().toLowerCase(Locale.ROOT),
                views.title(summary.categorySlugs(), summary.topicSlugs(), catalog, language), summary.questionCount(),
                summary.timeLimit() == null ? null : summary.timeLimit().toSeconds(), summary.startedAt(), summary.deadline(),
                summary.finishedAt(), summary.percent(), links(summary.id()));
    }

    private List<ApiViews.Option> options(AttemptSnapshot.Question question, Language language) {
        List<ApiViews.Option> options = new ArrayList<>();
        for (ItemOption option : question.options()) {
            options.add(new ApiViews.Option(option.key(), text.inline(option.text().in(language), language)));
        }
        return options;
    }

    private static ApiViews.Links links(String id) {
        String api = "/api/quizzes/attempts/" + id;
        return new ApiViews.Links(api, "/quizzes/attempts/" + id, api + "/submit", api + "/result");
    }
}
