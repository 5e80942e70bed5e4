package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.SelfTestAnswers;
import dev.interviewlab.simulation.loadbalancing.engine.LbSettings;
import dev.interviewlab.simulation.loadbalancing.engine.LoadBalancing;
import dev.interviewlab.simulation.loadbalancing.engine.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load-balancing page: presets, the settings form, the run and the comparison. Everything
 * arrives by GET, so a run's address (with {@code ?step=N}) reproduces it; "test yourself" answers
 * come back the same way with {@code check} and are checked against the same, recomputed run.
 */
@Controller
class LoadBalancingController {

    static final String PATH = "/simulations/load-balancing";
    private static final List<String> ANSWER_FIELDS = List.of("q1", "q2", "q3");

    private final LbPageAssembler assembler;

    LoadBalancingController(LbPageAssembler assembler) {
        this.assembler = assembler;
    }

    @GetMapping(PATH)
    String page(@RequestParam Map<String, String> parameters, HttpServletRequest request, HttpServletResponse response,
                Locale locale, Model model) {
        LbForm form = LbForm.of(parameters);
        List<Problem> problems = new ArrayList<>();
        LbSettings settings = form.toSettings(problems);
        LbSettings.Resolution resolution = settings.resolve();
        if (problems.isEmpty() && resolution instanceof LbSettings.Resolved resolved) {
            Map<String, String> answers = parameters.containsKey("check") ? SelfTestAnswers.from(parameters, ANSWER_FIELDS) : null;
            LbPage page = assembler.ran(resolved.preset(), LoadBalancing.run(resolved.scenario()), request.getRequestURI(), request.getQueryString(),
                    Replay.requestedStep(parameters.get("step")), answers, locale);
            if (page.result().quiz().hasInvalidAnswer()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            model.addAttribute("page", page);
            return "simulation/loadbalancing/page";
        }
        if (resolution instanceof LbSettings.Rejected rejected) {
            // what is wrong with the other fields too, not only the text that was not a number
            rejected.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("page", assembler.rejected(form, problems, locale));
        return "simulation/loadbalancing/page";
    }
}
