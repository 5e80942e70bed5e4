package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.SelfTestAnswers;
import dev.interviewlab.simulation.mesi.engine.InputProblem;
import dev.interviewlab.simulation.mesi.engine.MesiPreset;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The MESI page: presets, the program form, the run with its replay, and the model checker's
 * verdict for the chosen protocol. Everything arrives by GET, so a run's address (with
 * {@code ?step=N}) reproduces it; quiz answers come back the same way with {@code check}.
 */
@Controller
class MesiSimulationController {

    static final String PATH = "/simulations/mesi";
    private static final List<String> ANSWER_FIELDS = List.of("q1", "q2", "q3");

    private final MesiPageAssembler assembler;

    MesiSimulationController(MesiPageAssembler assembler) {
        this.assembler = assembler;
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("mesiForm") MesiForm form, BindingResult binding,
                @RequestParam(name = "step", required = false) String step, @RequestParam Map<String, String> parameters,
                HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        Optional<InputProblem> presetProblem = choosePreset(form);
        MesiSettings.Outcome outcome = form.settings().resolve();
        if (presetProblem.isEmpty() && outcome.problems().isEmpty()) {
            Map<String, String> answers = parameters.containsKey("check") ? SelfTestAnswers.from(parameters, ANSWER_FIELDS) : null;
            MesiPage page = assembler.ran(form, outcome.resolved(), request.getRequestURI(), request.getQueryString(),
                    Replay.requestedStep(step), answers, locale);
            if (page.result().quiz().hasInvalidAnswer()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            model.addAttribute("page", page);
            return "simulation/mesi/page";
        }
        presetProblem.ifPresent(problem -> reject(binding, problem));
        outcome.problems().forEach(problem -> reject(binding, problem));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("page", assembler.rejected(locale));
        return "simulation/mesi/page";
    }

    /** A preset named without a script of one's own fills the form; no preset and no script, the default. */
    private static Optional<InputProblem> choosePreset(MesiForm form) {
        if (form.getPreset() != null && !form.getPreset().isBlank()) {
            Optional<MesiPreset> preset = MesiPreset.byKey(form.getPreset().strip());
            if (preset.isEmpty()) {
                return Optional.of(new InputProblem("preset", "mesi.error.preset", List.of(form.getPreset().strip())));
            }
            form.applyPreset(preset.get());
        } else if (MesiSettings.SCRIPT.equals(form.getSource()) && (form.getScript() == null || form.getScript().isBlank())) {
            form.applyPreset(MesiForm.DEFAULT_PRESET);
        }
        return Optional.empty();
    }

    private static void reject(BindingResult binding, InputProblem problem) {
        binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), problem.messageKey());
    }
}
