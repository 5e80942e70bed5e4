package dev.interviewlab.review.web;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.web.QuizViews;
import dev.interviewlab.review.ReviewService;
import dev.interviewlab.review.ScenarioDrill;
import dev.interviewlab.review.ScenarioReviews;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The review session's pages for a scenario card (predict mode): its question, and its feedback with the grades. */
@Component
class ScenarioReviewViews {

    private final ScenarioReviews scenarios;
    private final ReviewService reviews;
    private final QuizViews views;

    ScenarioReviewViews(ScenarioReviews scenarios, ReviewService reviews, QuizViews views) {
        this.scenarios = scenarios;
        this.reviews = reviews;
        this.views = views;
    }

    /**
     * @param dueCount   cards due now, this one included (of its kind's topic when one is chosen)
     * @param formError  message key of what is wrong with a refused answer, or null
     */
    record Question(long cardId, long version, long seed, String topic, String topicTitle, long dueCount,
                    ScenarioDrill.DrillQuestion question, String given, String formError) {
    }

    record Feedback(long cardId, long version, long seed, String topic, String topicTitle, ScenarioDrill.DrillReveal reveal,
                    List<ReviewPages.GradeChoice> grades) {
    }

    /** Puts the owner's next due scenario card in the model and names its template; null when none is due. */
    String next(AttemptOwner owner, String topic, Locale locale, Model model) {
        return scenarios.next(owner, topic, locale).map(prompt -> {
            model.addAttribute("page", question(owner, prompt, topic, locale, null, null));
            return "review/scenario-question";
        }).orElse(null);
    }

    Question question(AttemptOwner owner, ScenarioReviews.Prompt prompt, String topic, Locale locale, String given,
                      String formError) {
        long due = topic == null ? reviews.dueCount(owner) : prompt.dueCount();
        return new Question(prompt.cardId(), prompt.version(), prompt.seed(), topic,
                views.topicTitle(prompt.topicSlug(), Language.of(locale)), due, prompt.question(), given, formError);
    }

    Feedback feedback(ScenarioReviews.Feedback feedback, String topic, Locale locale) {
        List<ReviewPages.GradeChoice> grades = Arrays.stream(Grade.values())
                .map(grade -> new ReviewPages.GradeChoice(grade.name().toLowerCase(Locale.ROOT), grade.value(),
                        IntervalText.of(feedback.intervals().get(grade)), grade == feedback.suggested()))
                .toList();
        return new Feedback(feedback.cardId(), feedback.version(), feedback.seed(), topic,
                views.topicTitle(feedback.topicSlug(), Language.of(locale)), feedback.reveal(), grades);
    }

    /** The sooner of an item card's next due time and the scenario cards', for the page that says nothing is due. */
    Instant earlier(Instant itemDue, AttemptOwner owner, String topic) {
        Instant scenarioDue = scenarios.nextDueAt(owner, topic).orElse(null);
        if (itemDue == null || scenarioDue == null) {
            return itemDue == null ? scenarioDue : itemDue;
        }
        return itemDue.isBefore(scenarioDue) ? itemDue : scenarioDue;
    }
}
