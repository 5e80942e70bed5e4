package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.git.engine.Command;
import dev.interviewlab.simulation.git.engine.Comparison;
import dev.interviewlab.simulation.git.engine.Limits;
import dev.interviewlab.simulation.git.engine.Preset;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.simulation.git.engine.StepResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The git simulation page: the script form, run mode with the step-through, compare mode, and the
 * exported shell script. Everything is a GET, so each step has its own link.
 */
@Controller
class GitSimulationController {

    static final String PATH = "/simulations/git";

    private final GitRunViews views;
    private final MessageSource messages;

    GitSimulationController(GitRunViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@Valid @ModelAttribute("gitForm") GitForm form, BindingResult binding,
                @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                HttpServletResponse response, Locale locale, Model model) {
        model.addAttribute("presets", Preset.values());
        model.addAttribute("limits", Map.of("commands", Limits.MAX_COMMANDS, "commits", Limits.MAX_COMMITS,
                "fileChars", Limits.MAX_FILE_CHARS, "fileLines", Limits.MAX_FILE_LINES, "formScript", GitForm.MAX_FORM_SCRIPT));
        model.addAttribute("lineErrors", List.of());
        boolean asked = params.containsKey("script") || params.containsKey("preset");
        String script = GitScenarios.scriptOf(form);
        if (!asked && !binding.hasErrors()) {
            form.setScript(Preset.NOTEBOOK.script());
            return "simulation/git/page";
        }
        if (script == null) {
            binding.rejectValue(form.getScript() == null || form.getScript().isBlank() ? "preset" : "script",
                    "git.form.nothingToRun");
        } else {
            form.setScript(script);
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "simulation/git/page";
        }
        GitRunViews.Request viewRequest = new GitRunViews.Request(PATH, request.getQueryString(), intParam(params, "step"),
                params.getFirst("commit"), params.containsKey("check"), answers(params), locale);
        if (form.isCompare()) {
            GitScenarios.Outcome<Comparison> outcome = GitScenarios.compare(script, form.getBase(), form.getTopic());
            if (!outcome.ok()) {
                return rejected(outcome.problems(), binding, response, model, locale);
            }
            model.addAttribute("compare", views.compare(outcome.value(), viewRequest));
        } else {
            GitScenarios.Outcome<SimulationResult> outcome = GitScenarios.run(script);
            if (!outcome.ok()) {
                return rejected(outcome.problems(), binding, response, model, locale);
            }
            List<Command> commands = outcome.parsed().commands();
            GitViews.RunView run = views.run(outcome.value(), GitScenarios.commandLines(script, outcome.parsed(), commands),
                    viewRequest);
            model.addAttribute("run", run);
            model.addAttribute("resolve", GitResolveViews.of(outcome.value(), outcome.parsed(), script));
            StepResult resolved = GitResolveViews.resolvedConflictAt(outcome.value(), run.replay().current());
            model.addAttribute("stepConflict", resolved == null ? null : views.conflict(resolved, locale));
            Integer shown = intParam(params, "step");
            model.addAttribute("predictLink", GitPredictController.link(outcome.value(), request.getQueryString(),
                    shown == null ? 1 : shown));
        }
        return "simulation/git/page";
    }

    /** The run as a bash script for real git; in compare mode, {@code variant=merge|rebase} picks the side. */
    @GetMapping(value = PATH + "/export", produces = "text/plain")
    ResponseEntity<String> export(@Valid @ModelAttribute("gitForm") GitForm form, BindingResult binding,
                                  @RequestParam(required = false) String variant, Locale locale) {
        String script = GitScenarios.scriptOf(form);
        if (binding.hasErrors() || script == null) {
            return plain(HttpStatus.BAD_REQUEST, messages.getMessage("git.export.invalid", null, locale));
        }
        SimulationResult result;
        List<GitScenarios.FormProblem> problems;
        if (form.isCompare()) {
            GitScenarios.Outcome<Comparison> outcome = GitScenarios.compare(script, form.getBase(), form.getTopic());
            problems = outcome.problems();
            result = outcome.ok() ? ("rebase".equals(variant) ? outcome.value().rebase() : outcome.value().merge()).result() : null;
        } else {
            GitScenarios.Outcome<SimulationResult> outcome = GitScenarios.run(script);
            problems = outcome.problems();
            result = outcome.value();
        }
        if (result == null) {
            List<String> lines = new ArrayList<>();
            for (GitScenarios.FormProblem problem : problems) {
                lines.add(message(problem, locale));
            }
            return plain(HttpStatus.BAD_REQUEST, String.join("\n", lines));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "x-shellscript", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("git-simulation.sh").build().toString())
                .body(result.shellScript());
    }

    private String rejected(List<GitScenarios.FormProblem> problems, BindingResult binding, HttpServletResponse response,
                            Model model, Locale locale) {
        List<GitViews.LineError> lineErrors = new ArrayList<>();
        for (GitScenarios.FormProblem problem : problems) {
            if (problem.field().equals("script")) {
                lineErrors.add(new GitViews.LineError(problem.line(), message(problem, locale)));
                binding.rejectValue("script", "git.error.line", new Object[]{problem.line(),
                        new DefaultMessageSourceResolvable(new String[]{problem.messageKey()}, problem.arguments().toArray())}, null);
            } else {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
            }
        }
        model.addAttribute("lineErrors", lineErrors);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "simulation/git/page";
    }

    private String message(GitScenarios.FormProblem problem, Locale locale) {
        String text = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
        return problem.field().equals("script") ? messages.getMessage("git.error.line", new Object[]{problem.line(), text}, locale) : text;
    }

    private static ResponseEntity<String> plain(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(body + "\n");
    }

    private static Integer intParam(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null || !value.matches("[0-9]{1,4}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private static Map<String, List<String>> answers(MultiValueMap<String, String> params) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.matches("q[0-9]")) {
                answers.put(name, values);
            }
        });
        return answers;
    }
}
