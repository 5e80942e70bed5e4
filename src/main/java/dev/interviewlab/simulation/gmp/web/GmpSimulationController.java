package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.gmp.engine.GmpSimulation;
import dev.interviewlab.simulation.gmp.engine.Limits;
import dev.interviewlab.simulation.gmp.engine.Preemption;
import dev.interviewlab.simulation.gmp.engine.Preset;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The GMP scheduler page: presets, the workload form, the replay of a run at its interesting ticks and the
 * same workload under both preemption models. Everything arrives by GET, so each step (?step=N) has its own
 * address; the page with no parameters runs the spawn-storm preset.
 */
@Controller
class GmpSimulationController {

    static final String PATH = "/simulations/gmp";
    private static final String VIEW = "simulation/gmp/page";

    private final GmpPageAssembler assembler;

    GmpSimulationController(GmpPageAssembler assembler) {
        this.assembler = assembler;
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("gmpForm") GmpForm form, BindingResult binding,
                @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                HttpServletResponse response, Locale locale, Model model) {
        if (!params.containsKey("script") && !params.containsKey("preset")) {
            form.setPreset(Preset.SPAWN_STORM.slug());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Integer procs = number(form.getGomaxprocs(), "gomaxprocs", problems, "gmp.error.gomaxprocs");
        Long seed = number(form.getSeed(), "seed", problems, "gmp.error.seed") == null ? null : Long.valueOf(form.getSeed().strip());
        GmpRequest.Resolved resolved = GmpRequest.resolve(form.getPreset(), form.getScript(), procs, form.getPreemption(), seed);
        problems.addAll(resolved.problems());
        model.addAttribute("presets", assembler.presets(locale));
        model.addAttribute("limits", Map.of("chars", Limits.MAX_SCRIPT_CHARS, "lines", Limits.MAX_LINES,
                "goroutines", Limits.MAX_GOROUTINES, "procs", Limits.MAX_PROCS));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> binding.rejectValue(problem.field(), problem.messageKey(),
                    problem.arguments().toArray(), problem.messageKey()));
            model.addAttribute("preemptions", assembler.preemptions(Preemption.bySlug(String.valueOf(form.getPreemption()))
                    .orElse(Preemption.ASYNC), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VIEW;
        }
        var input = resolved.input();
        if (form.getScript() == null || form.getScript().isBlank()) {
            Preset.bySlug(form.getPreset().strip()).ifPresent(preset -> {
                form.setScript(preset.script());
                if (preset.gomaxprocs() == input.gomaxprocs() && preset.preemption() == input.preemption()) {
                    model.addAttribute("activePreset", preset.slug());
                }
            });
        }
        form.setGomaxprocs(Integer.toString(input.gomaxprocs()));
        form.setPreemption(input.preemption().slug());
        form.setSeed(Long.toString(input.seed()));
        model.addAttribute("preemptions", assembler.preemptions(input.preemption(), locale));
        Map<String, String> answers = params.containsKey("check") ? answers(params) : null;
        model.addAttribute("run", assembler.run(GmpSimulation.run(input), PATH, request.getQueryString(),
                step(params.getFirst("step")), answers, locale));
        return VIEW;
    }

    /** A blank value is left to the preset (null); anything but a whole number of a few digits is a field problem. */
    private static Integer number(String value, String field, List<FieldProblem> problems, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("-?[0-9]{1,9}")) {
            problems.add(field.equals("gomaxprocs") ? FieldProblem.of(field, key, Limits.MIN_PROCS, Limits.MAX_PROCS)
                    : FieldProblem.of(field, key));
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static Map<String, String> answers(MultiValueMap<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.matches("q[1-3]") && !values.isEmpty()) {
                answers.put(name, values.get(0));
            }
        });
        return answers;
    }

    /** A step that is not a number shows the first step, as one beyond the end shows the last. */
    private static Integer step(String value) {
        return value == null || !value.strip().matches("[0-9]{1,4}") ? null : Integer.valueOf(value.strip());
    }
}
