package dev.interviewlab.review.web;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.web.QuizViews;
import dev.interviewlab.review.CardConflictException;
import dev.interviewlab.review.CardNotFoundException;
import dev.interviewlab.review.ReviewSession;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The review session, with plain form posts: {@code GET /review} shows the next due card, posting the
 * answer shows whether it was right with the explanation and the four grades, posting a grade reviews
 * the card and redirects to the next one. review.js adds the keys 1 to 4 on top.
 */
@Controller
@RequestMapping("/review")
class ReviewController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private final ReviewSession session;
    private final QuizViews views;
    private final ScenarioReviewViews scenarios;

    ReviewController(ReviewSession session, QuizViews views, ScenarioReviewViews scenarios) {
        this.session = session;
        this.views = views;
        this.scenarios = scenarios;
    }

    /** The next due card; {@code ?topic=<slug>} only that topic's cards. */
    @GetMapping
    String next(@RequestParam(name = "topic", required = false) String topicField, AttemptOwner owner, Locale locale,
                Model model) {
        String topic = topic(topicField);
        Language language = Language.of(locale);
        // a due scenario card (predict mode) comes first; ScenarioReviewController answers it
        String scenarioPage = scenarios.next(owner, topic, locale, model);
        if (scenarioPage != null) {
            return scenarioPage;
        }
        return session.next(owner, topic).map(prompt -> {
            model.addAttribute("page", questionPage(prompt, topic, language, null));
            return "review/question";
        }).orElseGet(() -> {
            model.addAttribute("page", new ReviewPages.NothingDue(topic, topic == null ? null : views.topicTitle(topic, language),
                    scenarios.earlier(session.nextDueAt(owner, topic).orElse(null), owner, topic)));
            return "review/nothing-due";
        });
    }

    @PostMapping("/answer")
    String answer(@RequestParam(name = "card", defaultValue = "") String cardField,
                  @RequestParam(name = "version", defaultValue = "") String versionField,
                  @RequestParam(name = "topic", required = false) String topicField,
                  @RequestParam(name = "choice", required = false) String choice,
                  @RequestParam(name = "choices", required = false) List<String> choices,
                  @RequestParam(name = "text", required = false) String text,
                  @RequestParam(name = "order", required = false) List<String> order,
                  AttemptOwner owner, Locale locale, Model model, HttpServletResponse response) {
        long card = number(cardField, "card");
        long version = number(versionField, "version");
        String topic = topic(topicField);
        Language language = Language.of(locale);
        RawAnswer.Form submitted = new RawAnswer.Form(choice, choices, text, order);
        ReviewSession.Feedback feedback;
        try {
            feedback = session.answer(owner, card, version, submitted);
        } catch (InvalidInputException e) {
            ReviewSession.Prompt prompt = session.prompt(owner, card, version);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", questionPage(prompt, topic, language, submitted));
            var problem = e.problems().get(0);
            model.addAttribute("formError", problem.messageKey());
            model.addAttribute("formErrorArguments", problem.arguments().toArray());
            return "review/question";
        }
        List<ReviewPages.GradeChoice> grades = Arrays.stream(Grade.values())
                .map(grade -> new ReviewPages.GradeChoice(grade.name().toLowerCase(Locale.ROOT), grade.value(),
                        IntervalText.of(feedback.intervals().get(grade)), grade == feedback.suggested()))
                .toList();
        model.addAttribute("page", new ReviewPages.Feedback(feedback.cardId(), feedback.version(), topic,
                views.topicTitle(feedback.question().topicSlug(), language), feedback.right(),
                views.answered(feedback.question(), language), grades));
        return "review/feedback";
    }

    /** Reviews the card with the confirmed grade, then shows the next due card (post, redirect, get). */
    @PostMapping("/grade")
    String grade(@RequestParam(name = "card", defaultValue = "") String cardField,
                 @RequestParam(name = "version", defaultValue = "") String versionField,
                 @RequestParam(name = "grade", defaultValue = "") String gradeField,
                 @RequestParam(name = "topic", required = false) String topicField,
                 AttemptOwner owner) {
        long card = number(cardField, "card");
        long version = number(versionField, "version");
        String topic = topic(topicField);
        session.grade(owner, card, version, grade(gradeField));
        return "redirect:" + UriComponentsBuilder.fromPath("/review").queryParamIfPresent("topic", java.util.Optional.ofNullable(topic))
                .build().toUriString();
    }

    /** A due card as a question; {@code submitted} is the refused answer shown again, or null. */
    private ReviewPages.Question questionPage(ReviewSession.Prompt prompt, String topic, Language language,
                                              RawAnswer.Form submitted) {
        return new ReviewPages.Question(prompt.cardId(), prompt.version(), topic,
                views.topicTitle(prompt.question().topicSlug(), language), prompt.dueCount(),
                views.questionView(prompt.question(), language, submitted));
    }

    @ExceptionHandler(BadInputException.class)
    String badInput(BadInputException e, Model model, HttpServletResponse response) {
        return refused(HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments(), model, response);
    }

    @ExceptionHandler(CardNotFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        return refused(HttpStatus.NOT_FOUND, "review.error.notFound", new Object[0], model, response);
    }

    @ExceptionHandler(CardConflictException.class)
    String conflict(CardConflictException e, Model model, HttpServletResponse response) {
        return refused(HttpStatus.CONFLICT, e.why() == CardConflictException.Why.STALE ? "review.error.stale" : "review.error.notDue",
                new Object[0], model, response);
    }

    /** Two posts of one grade at the same moment: the second's update finds the card changed. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentGrade(Model model, HttpServletResponse response) {
        return refused(HttpStatus.CONFLICT, "review.error.stale", new Object[0], model, response);
    }

    static String refused(HttpStatus status, String messageKey, Object[] arguments, Model model,
                                  HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("messageArguments", arguments);
        return "review/refused";
    }

    static String topic(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String topic = field.strip();
        if (!SLUG.matcher(topic).matches()) {
            throw new BadInputException("review.error.topic", abbreviate(topic));
        }
        return topic;
    }

    static long number(String field, String name) {
        String value = field.strip();
        if (!NUMBER.matcher(value).matches()) {
            throw new BadInputException("review.error.number", name, abbreviate(value));
        }
        return Long.parseLong(value);
    }

    static Grade grade(String field) {
        return Arrays.stream(Grade.values()).filter(grade -> grade.name().equalsIgnoreCase(field.strip())).findFirst()
                .orElseThrow(() -> new BadInputException("review.error.grade", abbreviate(field)));
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
