package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.SelfTestAnswers;
import dev.interviewlab.simulation.tcp.engine.SettingProblem;
import dev.interviewlab.simulation.tcp.engine.TcpSettings;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TCP simulation page: presets, the settings form, and the run. Everything arrives by GET, so
 * a run's address (with {@code ?step=N}) reproduces it; "test yourself" answers come back the same
 * way with {@code check} and are checked against the same, recomputed run.
 */
@Controller
class TcpSimulationController {

    static final String PATH = "/simulations/tcp";
    private static final List<String> ANSWER_FIELDS = List.of("q1", "q2", "q3");

    private final TcpPageAssembler assembler;

    TcpSimulationController(TcpPageAssembler assembler) {
        this.assembler = assembler;
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("tcpSettings") TcpSettingsForm form, BindingResult binding,
                @RequestParam(name = "step", required = false) String step,
                @RequestParam Map<String, String> parameters, HttpServletRequest request, HttpServletResponse response,
                Locale locale, Model model) {
        List<SettingProblem> problems = new ArrayList<>();
        TcpSettings settings = form.toSettings(problems);
        if (problems.isEmpty()) {
            TcpSimulation.Outcome outcome = TcpSimulation.simulate(settings);
            if (outcome instanceof TcpSimulation.Ran ran) {
                Map<String, String> answers = parameters.containsKey("check") ? SelfTestAnswers.from(parameters, ANSWER_FIELDS) : null;
                TcpPage page = assembler.ran(ran.preset(), ran.run(), request.getRequestURI(), request.getQueryString(),
                        Replay.requestedStep(step), answers, locale);
                if (page.result().quiz().hasInvalidAnswer()) {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                }
                model.addAttribute("page", page);
                return "simulation/tcp/page";
            }
            problems = ((TcpSimulation.Invalid) outcome).problems();
        } else if (settings.resolve() instanceof TcpSettings.Rejected rejected) {
            // report what is wrong with the other fields too, not only the text that was not a number
            problems.addAll(rejected.problems());
        }
        for (SettingProblem problem : problems) {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), problem.messageKey());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("page", assembler.rejected(form, problems, locale));
        return "simulation/tcp/page";
    }
}
