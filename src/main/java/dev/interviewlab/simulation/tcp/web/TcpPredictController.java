package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ScenarioDrill.DrillQuestion;
import dev.interviewlab.review.ScenarioDrill.DrillReveal;
import dev.interviewlab.review.ScenarioReviews;
import dev.interviewlab.simulation.PredictPage;
import dev.interviewlab.simulation.PredictRequests;
import dev.interviewlab.simulation.tcp.engine.SettingProblem;
import dev.interviewlab.simulation.tcp.engine.TcpPrediction;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSettings;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import dev.interviewlab.web.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Predict mode for the TCP replay: {@code GET /simulations/tcp/predict?<settings>&step=N} hides the first
 * state-changing step from N on and asks the endpoint's next state; posting the answer reruns the same
 * settings, grades it by the engine's trace and reveals the step. A miss files a review card that asks a
 * fresh random connection the same kind of question later.
 */
@Controller
class TcpPredictController {

    static final String PATH = TcpSimulationController.PATH + "/predict";

    private final TcpPredictions predictions;
    private final ScenarioReviews reviews;
    private final MessageSource messages;

    TcpPredictController(TcpPredictions predictions, ScenarioReviews reviews, MessageSource messages) {
        this.predictions = predictions;
        this.reviews = reviews;
        this.messages = messages;
    }

    /** The question at the first predictable step at or after {@code step} (the first of the run without one). */
    @GetMapping(PATH)
    String ask(@ModelAttribute("tcpSettings") TcpSettingsForm form, @RequestParam(name = "step", required = false) String step,
               Locale locale, Model model, HttpServletResponse response) {
        Run run = run(form, locale);
        if (run.problem() != null) {
            return refused(HttpStatus.BAD_REQUEST, run.problem(), null, locale, model, response);
        }
        Integer from = step == null || step.isBlank() ? Integer.valueOf(1) : PredictRequests.step(step);
        TcpPrediction prediction = from == null ? null
                : TcpPrediction.nextAtOrAfter(run.run(), from).flatMap(found -> TcpPrediction.at(run.run(), found)).orElse(null);
        if (prediction == null) {
            return refused(HttpStatus.NOT_FOUND, msg("predict.error.step", locale, PredictRequests.shown(step)), run, locale, model, response);
        }
        model.addAttribute("page", page(run, prediction, predictions.question(run.title(), run.run(), prediction, locale),
                null, null, null));
        return "simulation/predict";
    }

    /** Grades the answer to the step the form names; the step must be one predict mode asks in this run. */
    @PostMapping(PATH)
    String answer(@ModelAttribute("tcpSettings") TcpSettingsForm form,
                  @RequestParam(name = "step", defaultValue = "") String step,
                  @RequestParam(name = "answer", required = false) String answer,
                  AttemptOwner owner, Locale locale, Model model, HttpServletResponse response) {
        Run run = run(form, locale);
        if (run.problem() != null) {
            return refused(HttpStatus.BAD_REQUEST, run.problem(), null, locale, model, response);
        }
        Integer asked = PredictRequests.step(step);
        TcpPrediction prediction = asked == null ? null : TcpPrediction.at(run.run(), asked).orElse(null);
        if (prediction == null) {
            return refused(HttpStatus.BAD_REQUEST, msg("predict.error.step", locale, PredictRequests.shown(step)), run, locale, model,
                    response);
        }
        DrillReveal reveal;
        try {
            reveal = predictions.reveal(run.title(), run.run(), prediction, answer, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formError", e.problems().get(0).messageKey());
            model.addAttribute("page", page(run, prediction, predictions.question(run.title(), run.run(), prediction, locale),
                    null, null, null));
            return "simulation/predict";
        }
        Instant due = reveal.right() ? null : reviews.missed(owner, TcpNextStateDrill.SCENARIO);
        String next = TcpPrediction.nextAtOrAfter(run.run(), prediction.step() + 1).map(n -> link(run, PATH, n)).orElse(null);
        model.addAttribute("page", page(run, prediction, reveal.question(), reveal, due, next));
        return "simulation/predict";
    }

    /** The run the settings give, or what is wrong with them. */
    private record Run(TcpPreset preset, TcpRun run, String title, String simulationTitle, String problem) {
    }

    private Run run(TcpSettingsForm form, Locale locale) {
        List<SettingProblem> problems = new ArrayList<>();
        TcpSettings settings = form.toSettings(problems);
        if (problems.isEmpty() && TcpSimulation.simulate(settings) instanceof TcpSimulation.Ran ran) {
            TcpPreset shown = ran.run().scenario().equals(ran.preset().scenario()) ? ran.preset() : null;
            String title = shown == null ? msg("tcp.result.custom", locale)
                    : msg("tcp.result.preset", locale, msg("tcp.preset." + shown.key() + ".name", locale));
            return new Run(shown, ran.run(), title, msg("tcp.title", locale), null);
        }
        if (problems.isEmpty() && TcpSimulation.simulate(settings) instanceof TcpSimulation.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        String text = problems.stream().map(p -> p.field() + ": " + messages.getMessage(p.messageKey(), p.arguments().toArray(),
                p.messageKey(), locale)).collect(Collectors.joining("; "));
        return new Run(null, null, null, msg("tcp.title", locale), msg("predict.error.settings", locale, text));
    }

    private PredictPage page(Run run, TcpPrediction prediction, DrillQuestion question, DrillReveal reveal, Instant due,
                             String next) {
        List<PredictPage.Hidden> hidden = new ArrayList<>();
        if (run.preset() != null) {
            hidden.add(new PredictPage.Hidden("preset", run.preset().key()));
        }
        TcpSettingsForm.of(run.run().scenario()).values().forEach((name, value) -> hidden.add(new PredictPage.Hidden(name, value)));
        hidden.add(new PredictPage.Hidden("step", Integer.toString(prediction.step())));
        return new PredictPage(run.simulationTitle(), link(run, TcpSimulationController.PATH, prediction.step()) + "#replay", PATH, hidden,
                question, reveal == null ? null : reveal.given(), reveal, due, next, null);
    }

    /** The simulation (or its predict mode) on the same settings at one step. */
    private static String link(Run run, String path, int step) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (run.preset() != null) {
            builder.queryParam("preset", run.preset().key());
        } else {
            TcpSettingsForm.of(run.run().scenario()).values().forEach(builder::queryParam);
        }
        return builder.queryParam("step", step).encode().build().toUriString();
    }

    private String refused(HttpStatus status, String problem, Run run, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        String back = run == null || run.run() == null ? TcpSimulationController.PATH : link(run, TcpSimulationController.PATH, 1);
        model.addAttribute("page", PredictPage.refused(msg("tcp.title", locale), back, problem));
        return "simulation/predict";
    }



    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
