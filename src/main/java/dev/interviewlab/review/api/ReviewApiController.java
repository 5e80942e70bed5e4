package dev.interviewlab.review.api;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.quiz.attempt.AnswerJson;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.attempt.Scoring;
import dev.interviewlab.review.InterviewPlans;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.ReviewSession;
import dev.interviewlab.review.ReviewSettings;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.plan.ReviewPlan;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.ReaderTimeZone;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The review session, settings and interview plan as JSON, under the same rules as the pages (one
 * {@link ReviewSession}, one {@link ReviewPreferencesService}): the visitor's cards are the account's when signed
 * in, else the browser's learner cookie's. Errors are problem details ({@link ReviewApiExceptionHandler} and the
 * shared handler); requests other than GET carry the CSRF token in {@code X-CSRF-TOKEN}.
 */
@RestController
@ApiController
@RequestMapping("/api/review")
class ReviewApiController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** {@code {"version": 3, "answer": "b"}}: the answer in the quiz API's shape. */
    record AnswerBody(Long version, Object answer) {
    }

    /** {@code {"version": 3, "grade": "good"}}. */
    record GradeBody(Long version, String grade) {
    }

    /** {@code {"desiredRetention": 0.9, "interviewDate": "2027-03-01", "categories": ["networking"], "exposures": 2}}. */
    record PreferencesBody(Double desiredRetention, String interviewDate, List<String> categories, Integer exposures) {
    }

    private final ReviewSession session;
    private final ReviewPreferencesService preferences;
    private final InterviewPlans plans;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    ReviewApiController(ReviewSession session, ReviewPreferencesService preferences, InterviewPlans plans) {
        this.session = session;
        this.preferences = preferences;
        this.plans = plans;
    }

    /** The soonest due card (of one topic with {@code ?topic=}), or none with when the next one is due. */
    @GetMapping("/next")
    ReviewApiViews.Next next(@RequestParam(name = "topic", required = false) String topicField, AttemptOwner owner,
                             Locale locale) {
        String topic = topic(topicField);
        Language language = Language.of(locale);
        return session.next(owner, topic)
                .map(prompt -> new ReviewApiViews.Next(prompt.dueCount(), card(prompt, language), null))
                .orElseGet(() -> new ReviewApiViews.Next(0, null, session.nextDueAt(owner, topic).orElse(null)));
    }

    /** Checks an answer to a due card: right or not, the right answer, the explanation and each grade's interval. */
    @PostMapping("/cards/{id}/answer")
    ReviewApiViews.Feedback answer(@PathVariable long id, @RequestBody AnswerBody body, AttemptOwner owner, Locale locale) {
        ReviewSession.Feedback feedback = session.answer(owner, id, version(body.version()), new RawAnswer.Json(body.answer()));
        AttemptSnapshot.Question question = feedback.question();
        Map<String, Long> intervals = new LinkedHashMap<>();
        feedback.intervals().forEach((grade, interval) -> intervals.put(name(grade), interval.toSeconds()));
        int points = question.pointsMillis() == null ? 0 : question.pointsMillis();
        return new ReviewApiViews.Feedback(feedback.cardId(), feedback.version(), feedback.right(), points / (double) Scoring.FULL,
                AnswerJson.of(question.response()), AnswerJson.of(question.answerKey()),
                block(question.explanation().in(Language.of(locale)), Language.of(locale)), name(feedback.suggested()), intervals);
    }

    /** Reviews the card with the learner's grade; 409 when the version is not the card's (graded since). */
    @PostMapping("/cards/{id}/grade")
    ReviewApiViews.Graded grade(@PathVariable long id, @RequestBody GradeBody body, AttemptOwner owner) {
        Grade grade = grade(body.grade());
        ReviewSession.Graded graded = session.grade(owner, id, version(body.version()), grade);
        return new ReviewApiViews.Graded(graded.cardId(), graded.version(), name(graded.grade()),
                graded.state().name().toLowerCase(Locale.ROOT), graded.dueAt());
    }

    @GetMapping("/preferences")
    ReviewApiViews.Preferences preferences(AttemptOwner owner) {
        return view(preferences.settings(owner));
    }

    /** Replaces the settings; every wrong field is listed (400). The plan's days are the browser's ({@code tz} cookie). */
    @PutMapping("/preferences")
    ReviewApiViews.Preferences savePreferences(@RequestBody PreferencesBody body, AttemptOwner owner,
                                               HttpServletRequest request) {
        return view(preferences.save(owner, new ReviewPreferencesService.SettingsInput(body.desiredRetention(),
                body.interviewDate(), body.categories(), body.exposures()), ReaderTimeZone.of(request)));
    }

    /** The plan until the interview, in the reader's days; 404 {@code no-plan} without an interview date ahead. */
    @GetMapping("/plan")
    ReviewApiViews.Plan plan(AttemptOwner owner, HttpServletRequest request) {
        ZoneId zone = ReaderTimeZone.of(request);
        ReviewPlan plan = plans.plan(owner, zone).orElseThrow(NoPlanException::new);
        return new ReviewApiViews.Plan(plan.today(), plan.interview(), zoneName(zone), plan.exposures(), plan.fits(),
                plan.lastIntroductionDay(), plan.reachableExposures(), plan.newItems(), plan.totalReviews(),
                plan.days().stream().map(day -> new ReviewApiViews.PlanDay(day.date(), day.reviews(), day.newItems(),
                        day.total(), day.retention())).toList());
    }

    private ReviewApiViews.Card card(ReviewSession.Prompt prompt, Language language) {
        AttemptSnapshot.Question question = prompt.question();
        String base = "/api/review/cards/" + prompt.cardId();
        return new ReviewApiViews.Card(prompt.cardId(), prompt.version(), question.itemKey(), question.type().code(),
                question.topicSlug(), block(question.prompt().in(language), language),
                question.options().stream().map(option -> new ReviewApiViews.Option(option.key(),
                        inline(option.text().in(language), language))).toList(),
                new ReviewApiViews.Links(base + "/answer", base + "/grade"));
    }

    private static ReviewApiViews.Preferences view(ReviewSettings settings) {
        return new ReviewApiViews.Preferences(settings.desiredRetention(), settings.interviewDate(), settings.categories(),
                settings.exposures(), zoneName(settings.zone()));
    }

    /** "UTC" rather than ZoneOffset.UTC's id "Z". */
    private static String zoneName(ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private String block(String text, Language language) {
        return markdown.render(text, language.locale()).html();
    }

    private String inline(String text, Language language) {
        String html = markdown.render(text, language.locale()).html().strip();
        return html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0
                ? html.substring(3, html.length() - 4) : html;
    }

    private static String name(Grade grade) {
        return grade.name().toLowerCase(Locale.ROOT);
    }

    private static long version(Long version) {
        if (version == null || version < 0) {
            throw new BadInputException("planner.api.version");
        }
        return version;
    }

    private static Grade grade(String field) {
        String value = field == null ? "" : field.strip();
        return Arrays.stream(Grade.values()).filter(grade -> grade.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new BadInputException("planner.api.grade", abbreviate(value)));
    }

    private static String topic(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String topic = field.strip();
        if (!SLUG.matcher(topic).matches()) {
            throw new BadInputException("review.error.topic", abbreviate(topic));
        }
        return topic;
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
