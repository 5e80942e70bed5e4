package dev.interviewlab.simulation.git.web;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ScenarioDrill.DrillQuestion;
import dev.interviewlab.review.ScenarioDrill.DrillReveal;
import dev.interviewlab.review.ScenarioReviews;
import dev.interviewlab.simulation.PredictPage;
import dev.interviewlab.simulation.PredictRequests;
import dev.interviewlab.simulation.git.engine.GitPrediction;
import dev.interviewlab.simulation.git.engine.Preset;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.web.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Predict mode for the git replay (run mode): {@code GET /simulations/git/predict?preset=…|script=…&step=N} hides
 * the first merge, rebase or cherry-pick from step N on and asks which files conflict; posting the answer reruns
 * the same script, grades it by the engine's result and reveals the step with the graph after it. A miss files a
 * review card that asks a fresh random branch story the same kind of question later.
 */
@Controller
class GitPredictController {

    static final String PATH = GitSimulationController.PATH + "/predict";

    private final GitPredictions predictions;
    private final ScenarioReviews reviews;
    private final MessageSource messages;

    GitPredictController(GitPredictions predictions, ScenarioReviews reviews, MessageSource messages) {
        this.predictions = predictions;
        this.reviews = reviews;
        this.messages = messages;
    }

    /** A script's run and the script line of each step. */
    record Run(SimulationResult result, List<String> commandLines) {
    }

    /** The script's run, or empty when the script cannot run. */
    static Optional<Run> run(String script) {
        GitScenarios.Outcome<SimulationResult> outcome = GitScenarios.run(script);
        if (!outcome.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Run(outcome.value(), GitScenarios.commandLines(script, outcome.parsed(), outcome.parsed().commands())));
    }

    /** Predict mode on the same form from {@code step} on, or null when no integration is left to ask. */
    static String link(SimulationResult result, String queryString, int step) {
        return GitPrediction.nextAtOrAfter(result, step).map(found -> UriComponentsBuilder.fromPath(PATH).query(queryString)
                .replaceQueryParam("check").replaceQueryParam("commit").replaceQueryParam("lang").replaceQueryParam("step", found).build().toUriString())
                .orElse(null);
    }

    @GetMapping(PATH)
    String ask(@Valid @ModelAttribute("gitForm") GitForm form, BindingResult binding,
               @RequestParam(name = "step", required = false) String step, Locale locale, Model model,
               HttpServletResponse response) {
        Optional<Run> run = binding.hasErrors() || form.isCompare() ? Optional.empty() : Optional.ofNullable(GitScenarios.scriptOf(form))
                .flatMap(GitPredictController::run);
        if (run.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, msg("predict.git.badScript", locale), locale, model, response);
        }
        Integer from = step == null || step.isBlank() ? Integer.valueOf(1) : PredictRequests.step(step);
        GitPrediction prediction = from == null ? null : GitPrediction.nextAtOrAfter(run.get().result(), from)
                .flatMap(found -> GitPrediction.at(run.get().result(), found)).orElse(null);
        if (prediction == null) {
            return refused(HttpStatus.NOT_FOUND, msg("predict.error.step", locale, PredictRequests.shown(step)), locale, model, response);
        }
        model.addAttribute("page", page(form, run.get(), prediction, question(run.get(), prediction, locale), null, null, locale));
        return "simulation/predict";
    }

    @PostMapping(PATH)
    String answer(@Valid @ModelAttribute("gitForm") GitForm form, BindingResult binding,
                  @RequestParam(name = "step", defaultValue = "") String step,
                  @RequestParam(name = "answer", required = false) String answer, AttemptOwner owner, Locale locale,
                  Model model, HttpServletResponse response) {
        Optional<Run> run = binding.hasErrors() || form.isCompare() ? Optional.empty() : Optional.ofNullable(GitScenarios.scriptOf(form))
                .flatMap(GitPredictController::run);
        if (run.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, msg("predict.git.badScript", locale), locale, model, response);
        }
        Integer asked = PredictRequests.step(step);
        GitPrediction prediction = asked == null ? null : GitPrediction.at(run.get().result(), asked).orElse(null);
        if (prediction == null) {
            return refused(HttpStatus.BAD_REQUEST, msg("predict.error.step", locale, PredictRequests.shown(step)), locale, model, response);
        }
        DrillReveal reveal;
        try {
            reveal = predictions.reveal(title(locale), run.get().result(), run.get().commandLines(), prediction, answer, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formError", e.problems().get(0).messageKey());
            model.addAttribute("page", page(form, run.get(), prediction, question(run.get(), prediction, locale), null, null, locale));
            return "simulation/predict";
        }
        Instant due = reveal.right() ? null : reviews.missed(owner, GitConflictDrill.SCENARIO);
        model.addAttribute("page", page(form, run.get(), prediction, reveal.question(), reveal, due, locale));
        return "simulation/predict";
    }

    private DrillQuestion question(Run run, GitPrediction prediction, Locale locale) {
        return predictions.question(title(locale), run.result(), run.commandLines(), prediction, locale);
    }

    private PredictPage page(GitForm form, Run run, GitPrediction prediction, DrillQuestion question, DrillReveal reveal,
                             Instant due, Locale locale) {
        List<PredictPage.Hidden> hidden = new ArrayList<>();
        UriComponentsBuilder settings = UriComponentsBuilder.newInstance();
        Preset preset = form.getPreset() == null ? null : Preset.bySlug(form.getPreset());
        if (preset != null && (form.getScript() == null || form.getScript().isBlank() || form.getScript().equals(preset.script()))) {
            hidden.add(new PredictPage.Hidden("preset", preset.slug()));
            settings.queryParam("preset", preset.slug());
        } else {
            hidden.add(new PredictPage.Hidden("script", form.getScript()));
            settings.queryParam("script", form.getScript());
        }
        hidden.add(new PredictPage.Hidden("step", Integer.toString(prediction.step())));
        String query = settings.encode().build().getQuery();
        String back = UriComponentsBuilder.fromPath(GitSimulationController.PATH).query(query).queryParam("step", prediction.step())
                .fragment("replay").build().toUriString();
        String next = reveal == null ? null : link(run.result(), query, prediction.step() + 1);
        return new PredictPage(msg("git.title", locale), back, PATH, hidden, question, reveal == null ? null : reveal.given(),
                reveal, due, next, null);
    }

    private String title(Locale locale) {
        return msg("predict.git.pageTitle", locale);
    }

    private String refused(HttpStatus status, String problem, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("page", PredictPage.refused(msg("git.title", locale), GitSimulationController.PATH, problem));
        return "simulation/predict";
    }



    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
