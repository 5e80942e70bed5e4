package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ScenarioDrill.DrillQuestion;
import dev.interviewlab.review.ScenarioDrill.DrillReveal;
import dev.interviewlab.review.ScenarioReviews;
import dev.interviewlab.simulation.PredictPage;
import dev.interviewlab.simulation.PredictRequests;
import dev.interviewlab.simulation.cache.engine.CacheExperiment;
import dev.interviewlab.simulation.cache.engine.CachePrediction;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import dev.interviewlab.web.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Predict mode for the cache replay (a stale read's timeline): {@code GET /simulations/cache/predict?<run>&step=N}
 * hides the first client lookup from step N on and asks hit (which value) or miss; posting the answer reruns the
 * same settings, grades it by the engine's timeline and reveals the step. A miss files a review card that asks a
 * fresh random race the same kind of question later.
 */
@Controller
class CachePredictController {

    static final String PATH = CacheSimulationController.PATH + "/predict";
    /** Request parameters that are not the run's settings (the language stays the reader's choice). */
    private static final Set<String> NOT_SETTINGS = Set.of("step", "answer", "_csrf", "lang");

    private final CachePredictions predictions;
    private final ScenarioReviews reviews;
    private final MessageSource messages;

    CachePredictController(CachePredictions predictions, ScenarioReviews reviews, MessageSource messages) {
        this.predictions = predictions;
        this.reviews = reviews;
        this.messages = messages;
    }

    /** Predict mode on the run of {@code queryString} from {@code step} on, or null when no lookup is left. */
    static String link(StaleReadTimeline timeline, String queryString, int step) {
        return CachePrediction.nextAtOrAfter(timeline, step).map(found -> UriComponentsBuilder.fromPath(PATH).query(queryString)
                .replaceQueryParam("lang").replaceQueryParam("step", found).build().toUriString()).orElse(null);
    }

    @GetMapping(PATH)
    String ask(@ModelAttribute("cacheForm") CacheForm form, BindingResult binding,
               @RequestParam(name = "step", required = false) String step, HttpServletRequest request,
               HttpServletResponse response, Locale locale, Model model) {
        Run run = run(form, binding, request, locale);
        if (run.problem() != null) {
            return refused(run.status(), run.problem(), locale, model, response);
        }
        Integer from = step == null || step.isBlank() ? Integer.valueOf(1) : PredictRequests.step(step);
        CachePrediction prediction = from == null ? null : CachePrediction.nextAtOrAfter(run.timeline(), from)
                .flatMap(found -> CachePrediction.at(run.timeline(), found)).orElse(null);
        if (prediction == null) {
            return refused(HttpStatus.NOT_FOUND, msg("predict.error.step", locale, PredictRequests.shown(step)), locale, model, response);
        }
        model.addAttribute("page", page(run, prediction, question(run, prediction, locale), null, null, request, locale));
        return "simulation/predict";
    }

    @PostMapping(PATH)
    String answer(@ModelAttribute("cacheForm") CacheForm form, BindingResult binding,
                  @RequestParam(name = "step", defaultValue = "") String step,
                  @RequestParam(name = "answer", required = false) String answer, AttemptOwner owner,
                  HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        Run run = run(form, binding, request, locale);
        if (run.problem() != null) {
            return refused(run.status(), run.problem(), locale, model, response);
        }
        Integer asked = PredictRequests.step(step);
        CachePrediction prediction = asked == null ? null : CachePrediction.at(run.timeline(), asked).orElse(null);
        if (prediction == null) {
            return refused(HttpStatus.BAD_REQUEST, msg("predict.error.step", locale, PredictRequests.shown(step)), locale, model, response);
        }
        DrillReveal reveal;
        try {
            reveal = predictions.reveal(title(locale), run.setup(), run.timeline(), prediction, answer, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formError", e.problems().get(0).messageKey());
            model.addAttribute("page", page(run, prediction, question(run, prediction, locale), null, null, request, locale));
            return "simulation/predict";
        }
        Instant due = reveal.right() ? null : reviews.missed(owner, CacheReadDrill.SCENARIO);
        model.addAttribute("page", page(run, prediction, reveal.question(), reveal, due, request, locale));
        return "simulation/predict";
    }

    /** The timeline the settings replay, or what is wrong with them. */
    private record Run(StaleReadTimeline timeline, String setup, String settingsQuery, String problem, HttpStatus status) {
    }

    private Run run(CacheForm form, BindingResult binding, HttpServletRequest request, Locale locale) {
        SimulationInput input = binding.hasErrors() ? null : CacheSimulationController.validated(form, binding, messages, locale);
        if (input == null) {
            String text = binding.getFieldErrors().stream().map(error -> error.getField() + ": "
                    + messages.getMessage(error, locale)).collect(Collectors.joining("; "));
            return new Run(null, null, null, msg("predict.error.settings", locale, text), HttpStatus.BAD_REQUEST);
        }
        StaleReadTimeline timeline = CacheExperiment.run(input).timeline(PredictRequests.step(request.getParameter("stale")));
        if (timeline == null) {
            // valid settings, but nothing to replay: no stale read happened
            return new Run(null, null, null, msg("predict.cache.noTimeline", locale), HttpStatus.NOT_FOUND);
        }
        UriComponentsBuilder settings = UriComponentsBuilder.newInstance();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_SETTINGS.contains(name) && !name.startsWith(CacheSimulationController.ANSWER_PREFIX)) {
                settings.queryParam(name, Arrays.stream(values).toArray());
            }
        });
        CacheResultViews views = new CacheResultViews(messages, locale);
        String context = timeline.mitigation() == null ? views.msg("cache.timeline.context", views.msg(timeline.strategy().messageKey()))
                : views.msg("cache.timeline.contextMitigated", views.msg(timeline.strategy().messageKey()),
                views.msg(timeline.mitigation().messageKey()));
        return new Run(timeline, context, settings.encode().build().getQuery(), null, null);
    }

    private DrillQuestion question(Run run, CachePrediction prediction, Locale locale) {
        return predictions.question(title(locale), run.setup(), run.timeline(), prediction, locale);
    }

    private PredictPage page(Run run, CachePrediction prediction, DrillQuestion question, DrillReveal reveal, Instant due,
                             HttpServletRequest request, Locale locale) {
        List<PredictPage.Hidden> hidden = new java.util.ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_SETTINGS.contains(name) && !name.startsWith(CacheSimulationController.ANSWER_PREFIX)) {
                Arrays.stream(values).forEach(value -> hidden.add(new PredictPage.Hidden(name, value)));
            }
        });
        hidden.add(new PredictPage.Hidden("step", Integer.toString(prediction.step())));
        String back = UriComponentsBuilder.fromPath(CacheSimulationController.RUN_PATH).query(run.settingsQuery())
                .queryParam("step", prediction.step()).fragment("timeline").build().toUriString();
        String next = reveal == null ? null : link(run.timeline(), run.settingsQuery(), prediction.step() + 1);
        return new PredictPage(msg("cache.title", locale), back, PATH, hidden, question, reveal == null ? null : reveal.given(),
                reveal, due, next, null);
    }

    private String title(Locale locale) {
        return msg("predict.cache.pageTitle", locale);
    }

    private String refused(HttpStatus status, String problem, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("page", PredictPage.refused(msg("cache.title", locale), CacheSimulationController.PATH, problem));
        return "simulation/predict";
    }



    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
