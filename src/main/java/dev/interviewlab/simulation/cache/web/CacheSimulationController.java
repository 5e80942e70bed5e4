package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.cache.engine.CacheExperiment;
import dev.interviewlab.simulation.cache.engine.Distribution;
import dev.interviewlab.simulation.cache.engine.EvictionPolicy;
import dev.interviewlab.simulation.cache.engine.ExperimentResult;
import dev.interviewlab.simulation.cache.engine.FailureMode;
import dev.interviewlab.simulation.cache.engine.InvalidSettingsException;
import dev.interviewlab.simulation.cache.engine.Limits;
import dev.interviewlab.simulation.cache.engine.Question;
import dev.interviewlab.simulation.cache.engine.SelfTest;
import dev.interviewlab.simulation.cache.engine.SettingProblem;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import dev.interviewlab.simulation.cache.engine.Strategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cache simulation's pages: the settings form, and the run page (the same form, filled in,
 * above the results). The form is submitted with GET, so a run's address reproduces it and every
 * replay step ({@code ?step=N}) and stale read ({@code ?stale=N}) has its own link.
 */
@Controller
class CacheSimulationController {

    static final String PATH = "/simulations/cache";
    static final String RUN_PATH = "/simulations/cache/run";
    static final String ANSWER_PREFIX = "answer.";

    private final MessageSource messages;

    CacheSimulationController(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("strategies", List.of(Strategy.values()));
        model.addAttribute("evictions", List.of(EvictionPolicy.values()));
        model.addAttribute("distributions", List.of(Distribution.values()));
        model.addAttribute("failureModes", List.of(FailureMode.values()));
        model.addAttribute("presets", Presets.all(RUN_PATH));
        model.addAttribute("limits", Map.of("strategies", Limits.MAX_STRATEGIES, "capacity", Limits.MAX_CAPACITY,
                "keys", Limits.MAX_KEYS, "operations", Limits.MAX_OPERATIONS, "clients", Limits.MAX_CLIENTS,
                "trace", Limits.MAX_TRACE_OPERATIONS));
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("cacheForm", new CacheForm());
        return "simulation/cache/page";
    }

    @GetMapping(RUN_PATH)
    String run(@ModelAttribute("cacheForm") CacheForm form, BindingResult binding,
               @RequestParam(name = "step", required = false) String step,
               @RequestParam(name = "stale", required = false) String stale,
               HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        SimulationInput input = binding.hasErrors() ? null : validated(form, binding, messages, locale);
        if (input == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "simulation/cache/page";
        }
        ExperimentResult result = CacheExperiment.run(input);
        Integer staleChoice = wholeNumber(stale);
        StaleReadTimeline timeline = result.timeline(staleChoice);
        Replay replay = Replay.of(RUN_PATH, request.getQueryString(), timeline == null ? 0 : timeline.steps().size(),
                wholeNumber(step));
        CacheResultViews views = new CacheResultViews(messages, locale);
        model.addAttribute("result", views.build(result, timeline, staleChoice, replay, RUN_PATH, request.getQueryString()));
        model.addAttribute("replay", replay);
        model.addAttribute("predictLink", timeline == null ? null : CachePredictController.link(timeline, request.getQueryString(),
                replay.current()));
        List<Question> questions = SelfTest.questionsFor(result, timeline);
        Map<String, String> answers = answers(request);
        model.addAttribute("quiz", new QuizViews(views).build(questions, answers.isEmpty() ? null
                : SelfTest.check(questions, answers), hiddenSettings(request)));
        return "simulation/cache/page";
    }

    /** The engine's input, or null after recording every problem on the form's fields. */
    static SimulationInput validated(CacheForm form, BindingResult binding, MessageSource messages, Locale locale) {
        SimulationInputBuilder builder = form.toBuilder();
        TraceText trace = null;
        if (form.usesTrace()) {
            trace = TraceText.parse(form.getTrace());
            for (TraceText.LineProblem problem : trace.problems()) {
                binding.rejectValue("trace", "cache.error." + problem.code(), new Object[]{problem.line()}, problem.code());
            }
            builder.trace(trace.operations()).database(trace.database());
        }
        try {
            SimulationInput input = builder.build();
            return binding.hasErrors() ? null : input;
        } catch (InvalidSettingsException e) {
            for (SettingProblem problem : e.problems()) {
                String field = SettingProblems.formField(problem);
                if (trace != null && field.equals("trace")) {
                    if (trace.operations().isEmpty() && !trace.problems().isEmpty()) {
                        continue;
                    }
                    String detail = messages.getMessage(SettingProblems.messageKey(problem), problem.arguments().toArray(), locale);
                    binding.rejectValue("trace", "cache.error.traceLine",
                            new Object[]{trace.lineOf(SettingProblems.traceIndex(problem)), detail}, detail);
                } else {
                    binding.rejectValue(field, SettingProblems.messageKey(problem), problem.arguments().toArray(), problem.code());
                }
            }
            return null;
        }
    }

    private static Map<String, String> answers(HttpServletRequest request) {
        Map<String, String> answers = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX) && values.length > 0) {
                answers.put(name.substring(ANSWER_PREFIX.length()), values[0]);
            }
        });
        return answers;
    }

    /** The request's settings (not its answers or replay step), for the quiz form to send back. */
    private static List<QuizView.Param> hiddenSettings(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().startsWith(ANSWER_PREFIX) && !e.getKey().equals("step"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> new QuizView.Param(e.getKey(), v)))
                .toList();
    }

    /** A positive whole number, or null for anything else (a bad ?step= shows the first step). */
    private static Integer wholeNumber(String text) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
