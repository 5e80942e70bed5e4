package dev.interviewlab.review.web;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.CardConflictException;
import dev.interviewlab.review.CardNotFoundException;
import dev.interviewlab.review.ScenarioReviews;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scenario card in the review session, with plain form posts as for item cards: {@code GET /review} shows
 * its question (see {@link ScenarioReviewViews#next}), posting the prediction grades it by the simulation's
 * engine on the same run (the card's seed) and shows the step with the four grades, posting a grade reviews
 * the card, which moves it to a new seed.
 */
@Controller
@RequestMapping("/review/scenario")
class ScenarioReviewController {

    private static final Pattern SEED = Pattern.compile("-?\\d{1,19}");

    private final ScenarioReviews scenarios;
    private final ScenarioReviewViews views;

    ScenarioReviewController(ScenarioReviews scenarios, ScenarioReviewViews views) {
        this.scenarios = scenarios;
        this.views = views;
    }

    @PostMapping("/answer")
    String answer(@RequestParam(name = "card", defaultValue = "") String cardField,
                  @RequestParam(name = "version", defaultValue = "") String versionField,
                  @RequestParam(name = "seed", defaultValue = "") String seedField,
                  @RequestParam(name = "topic", required = false) String topicField,
                  @RequestParam(name = "answer", required = false) String answer,
                  AttemptOwner owner, Locale locale, Model model, HttpServletResponse response) {
        long card = ReviewController.number(cardField, "card");
        long version = ReviewController.number(versionField, "version");
        long seed = seed(seedField);
        String topic = ReviewController.topic(topicField);
        ScenarioReviews.Feedback feedback;
        try {
            feedback = scenarios.answer(owner, card, version, seed, answer, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", views.question(owner, scenarios.prompt(owner, card, version, seed, locale), topic, locale,
                    answer, e.problems().get(0).messageKey()));
            return "review/scenario-question";
        }
        model.addAttribute("page", views.feedback(feedback, topic, locale));
        return "review/scenario-feedback";
    }

    @PostMapping("/grade")
    String grade(@RequestParam(name = "card", defaultValue = "") String cardField,
                 @RequestParam(name = "version", defaultValue = "") String versionField,
                 @RequestParam(name = "seed", defaultValue = "") String seedField,
                 @RequestParam(name = "grade", defaultValue = "") String gradeField,
                 @RequestParam(name = "topic", required = false) String topicField,
                 AttemptOwner owner) {
        long card = ReviewController.number(cardField, "card");
        long version = ReviewController.number(versionField, "version");
        long seed = seed(seedField);
        String topic = ReviewController.topic(topicField);
        scenarios.grade(owner, card, version, seed, ReviewController.grade(gradeField));
        return "redirect:" + UriComponentsBuilder.fromPath("/review").queryParamIfPresent("topic", Optional.ofNullable(topic))
                .build().toUriString();
    }

    private static long seed(String field) {
        String value = field.strip();
        try {
            if (SEED.matcher(value).matches()) {
                return Long.parseLong(value);
            }
        } catch (NumberFormatException e) {
            // 19 digits beyond the range of a long: not a seed either
        }
        throw new BadInputException("predict.review.error.seed");
    }

    @ExceptionHandler(BadInputException.class)
    String badInput(BadInputException e, Model model, HttpServletResponse response) {
        return ReviewController.refused(HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments(), model, response);
    }

    @ExceptionHandler(CardNotFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        return ReviewController.refused(HttpStatus.NOT_FOUND, "review.error.notFound", new Object[0], model, response);
    }

    @ExceptionHandler(CardConflictException.class)
    String conflict(CardConflictException e, Model model, HttpServletResponse response) {
        return ReviewController.refused(HttpStatus.CONFLICT,
                e.why() == CardConflictException.Why.STALE ? "review.error.stale" : "review.error.notDue", new Object[0], model,
                response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentGrade(Model model, HttpServletResponse response) {
        return ReviewController.refused(HttpStatus.CONFLICT, "review.error.stale", new Object[0], model, response);
    }
}
