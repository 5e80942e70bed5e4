package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.GcSimulation;
import dev.interviewlab.simulation.gogc.engine.Limits;
import dev.interviewlab.simulation.gogc.engine.Preset;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Go GC page: presets, the script form, the replay of a run and the same script under every
 * barrier. Everything arrives by GET, so each step (?step=N) has its own address; the page with no
 * parameters runs the lost-object preset without a barrier.
 */
@Controller
class GoGcSimulationController {

    static final String PATH = "/simulations/go-gc";

    private final GoGcPageAssembler assembler;

    GoGcSimulationController(GoGcPageAssembler assembler) {
        this.assembler = assembler;
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("goGcForm") GoGcForm form, BindingResult binding,
                @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                HttpServletResponse response, Locale locale, Model model) {
        boolean asked = params.containsKey("script") || params.containsKey("preset") || params.containsKey("barrier");
        if (!asked) {
            form.setPreset(Preset.LOST_OBJECT.slug());
        }
        GoGcInput.Resolved input = GoGcInput.resolve(form.getPreset(), form.getScript(), form.getBarrier());
        if (input.script() != null) {
            form.setScript(input.script());
        }
        model.addAttribute("presets", assembler.presets(locale));
        model.addAttribute("barriers", assembler.barriers(form.getBarrier(), locale));
        model.addAttribute("limits", Map.of("chars", Limits.MAX_SCRIPT_CHARS, "steps", Limits.MAX_STEPS,
                "objects", Limits.MAX_OBJECTS, "goroutines", Limits.MAX_GOROUTINES, "locals", Limits.MAX_LOCALS));
        model.addAttribute("counterexample", assembler.counterexample(locale));
        if (!input.ok()) {
            input.problems().forEach(problem -> binding.rejectValue(problem.field(), problem.messageKey(),
                    problem.arguments().toArray(), problem.messageKey()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "simulation/gogc/page";
        }
        if (form.getBarrier() == null || form.getBarrier().isBlank()) {
            form.setBarrier(Barrier.NONE.key());
        }
        Map<String, List<String>> answers = params.containsKey("check") ? answers(params) : null;
        model.addAttribute("run", assembler.run(GcSimulation.run(input.scenario(), input.barrier()), PATH,
                request.getQueryString(), step(params.getFirst("step")), answers, locale));
        return "simulation/gogc/page";
    }

    private static Map<String, List<String>> answers(MultiValueMap<String, String> params) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.matches("q[1-3]")) {
                answers.put(name, values);
            }
        });
        return answers;
    }

    /** A step that is not a number shows the first step, as one beyond the end shows the last. */
    private static Integer step(String value) {
        return value == null || !value.strip().matches("[0-9]{1,4}") ? null : Integer.valueOf(value.strip());
    }
}
