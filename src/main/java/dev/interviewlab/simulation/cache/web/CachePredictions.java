package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.review.ScenarioDrill.DrillChoice;
import dev.interviewlab.review.ScenarioDrill.DrillQuestion;
import dev.interviewlab.review.ScenarioDrill.DrillReveal;
import dev.interviewlab.simulation.cache.engine.CachePrediction;
import dev.interviewlab.simulation.cache.engine.SelfTest;
import dev.interviewlab.simulation.cache.engine.SimulationEvent;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Predict mode's question and reveal in a stale read's timeline, in the reader's language: the steps before
 * a client's cache lookup, then "hit (which value) or miss?"; the reveal shows the step, what the cache and
 * the database held, and whether the value was stale. Grading asks the engine's {@link CachePrediction}.
 */
@Component
class CachePredictions {

    static final int CONTEXT_STEPS = 10;

    private final MessageSource messages;

    CachePredictions(MessageSource messages) {
        this.messages = messages;
    }

    DrillQuestion question(String title, String setup, StaleReadTimeline timeline, CachePrediction prediction, Locale locale) {
        CacheResultViews views = new CacheResultViews(messages, locale);
        List<String> context = new ArrayList<>();
        context.add(setup);
        for (int step = Math.max(1, prediction.step() - CONTEXT_STEPS); step < prediction.step(); step++) {
            SimulationEvent event = timeline.steps().get(step - 1);
            context.add(views.msg("predict.cache.context", step, CacheResultViews.preciseMillis(event.timeMicros()),
                    views.stepText(event)));
        }
        SimulationEvent asked = timeline.steps().get(prediction.step() - 1);
        String ask = views.msg("predict.cache.ask", prediction.step(), CacheResultViews.preciseMillis(asked.timeMicros()),
                views.actor(prediction.client()), prediction.key());
        List<DrillChoice> choices = prediction.choices().stream().map(choice -> new DrillChoice(choice, label(views, choice), null))
                .toList();
        return new DrillQuestion(title, context, null, ask, choices);
    }

    /**
     * @throws InvalidInputException on field {@code answer}: none, or not one of the choices
     */
    DrillReveal reveal(String title, String setup, StaleReadTimeline timeline, CachePrediction prediction, String answer,
                       Locale locale) {
        DrillQuestion question = question(title, setup, timeline, prediction, locale);
        String given = answer == null ? "" : answer.strip();
        if (given.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("answer", "predict.error.answerMissing")));
        }
        if (!prediction.offers(given)) {
            throw new InvalidInputException(List.of(FieldProblem.of("answer", "predict.error.answerUnknown")));
        }
        CacheResultViews views = new CacheResultViews(messages, locale);
        SimulationEvent event = timeline.steps().get(prediction.step() - 1);
        List<String> explanation = new ArrayList<>();
        explanation.add(views.stepText(event));
        explanation.add(views.msg("predict.cache.state", views.value(event.databaseValue()), views.value(event.newestCommitted())));
        boolean hit = prediction.answer().startsWith("hit:");
        if (hit) {
            explanation.add(views.msg(event.cacheBehind() ? "predict.cache.stale" : "predict.cache.fresh"));
        }
        if (hit && event.cacheBehind()) {
            explanation.add(messages.getMessage(timeline.cause().messageKey(), views.resolve(SelfTest.causeArgs(timeline)), locale));
        }
        return new DrillReveal(question, label(views, given), prediction.isAnsweredBy(given), label(views, prediction.answer()), null,
                explanation);
    }

    private static String label(CacheResultViews views, String choice) {
        if (choice.equals(CachePrediction.MISS)) {
            return views.msg("predict.cache.miss");
        }
        String value = choice.substring("hit:".length());
        return views.msg("predict.cache.hit", value.equals(CachePrediction.NO_ROW) ? views.value(null) : value);
    }
}
