package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.git.engine.Command;
import dev.interviewlab.simulation.git.engine.Operation;
import dev.interviewlab.simulation.git.engine.ProceedAction;
import dev.interviewlab.simulation.git.engine.Resolution;
import dev.interviewlab.simulation.git.engine.ResolutionScript;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The resolve-and-continue form: writes the learner's choices as script lines after the line the
 * run stopped on and sends the browser to the run of the new script. The engine then checks them
 * like any typed line (an unknown file or a file left unresolved is a line error on the page).
 */
@Controller
class GitResolveController {

    static final String PATH = GitSimulationController.PATH + "/resolve";

    /** The lists bind from repeated parameters only: an indexed one ({@code path[5000]}) would make the binder throw. */
    @InitBinder("resolveForm")
    void onlyRepeatedParameters(WebDataBinder binder) {
        binder.setDisallowedFields("path[*", "choice[*", "text[*");
    }

    @GetMapping(PATH)
    String resolve(@Valid @ModelAttribute("resolveForm") ResolveForm form, BindingResult binding, HttpServletResponse response) {
        List<String> lines = binding.hasErrors() ? List.of() : lines(form, binding);
        String script = binding.hasErrors() ? null
                : ResolutionScript.insertAfter(form.getScript(), form.getLine(), lines);
        if (script != null && script.length() > GitForm.MAX_FORM_SCRIPT) {
            binding.rejectValue("script", "git.error.scriptTooLong", new Object[]{GitForm.MAX_FORM_SCRIPT}, null);
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "simulation/git/resolve";
        }
        String target = UriComponentsBuilder.fromPath(GitSimulationController.PATH).queryParam("script", "{script}")
                .fragment("git-result").encode().buildAndExpand(script).toUriString();
        return "redirect:" + target;
    }

    private static List<String> lines(ResolveForm form, BindingResult binding) {
        Operation operation = operation(form.getOperation());
        ProceedAction action = ProceedAction.valueOf(form.getAction().toUpperCase(Locale.ROOT));
        if (action == ProceedAction.SKIP && operation != Operation.REBASE) {
            binding.rejectValue("action", "git.error.skipRebaseOnly", new Object[]{operation.verb()}, null);
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (action == ProceedAction.CONTINUE) {
            if (form.getChoice().size() != form.getPath().size() || form.getText().size() > form.getPath().size()) {
                binding.rejectValue("choice", "git.resolve.badFiles");
                return List.of();
            }
            for (int i = 0; i < form.getPath().size(); i++) {
                Resolution resolution = Resolution.valueOf(form.getChoice().get(i).toUpperCase(Locale.ROOT));
                String text = null;
                if (resolution == Resolution.TEXT) {
                    text = i < form.getText().size() && form.getText().get(i) != null ? form.getText().get(i).replace("\r", "") : "";
                }
                lines.add(ResolutionScript.line(new Command.Resolve(form.getPath().get(i), resolution, text)));
            }
        }
        lines.add(ResolutionScript.line(new Command.Proceed(operation, action)));
        return lines;
    }

    private static Operation operation(String verb) {
        for (Operation operation : Operation.values()) {
            if (operation.verb().equals(verb)) {
                return operation;
            }
        }
        throw new IllegalArgumentException(verb);
    }
}
