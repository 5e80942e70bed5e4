package dev.interviewlab.topic.importing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Upload → preview → confirm. The parsed upload waits in the session between preview and confirm,
 * so the confirmed import is exactly what was previewed.
 */
@Controller
class ImportController {

    static final String PENDING = "pendingImport";

    record PendingImport(String token, ImportPlan plan) implements Serializable {
    }

    private final NoteImportService imports;

    ImportController(NoteImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("importForm", new ImportForm());
        return "importing/form";
    }

    @PostMapping("/import")
    String upload(@Valid @ModelAttribute ImportForm importForm, BindingResult errors, HttpSession session,
                  HttpServletResponse response, Model model) throws IOException {
        if (importForm.getFile() == null || importForm.getFile().isEmpty()) {
            errors.rejectValue("file", "import.error.noFile");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "importing/form";
        }
        ImportPlan plan;
        try {
            plan = imports.plan(importForm.getFile().getOriginalFilename(), importForm.getFile().getBytes(),
                    importForm.getSplitLevel());
        } catch (ImportException e) {
            errors.rejectValue("file", e.messageKey(), e.arguments(), e.messageKey());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "importing/form";
        }
        PendingImport pending = new PendingImport(UUID.randomUUID().toString(), plan);
        session.setAttribute(PENDING, pending);
        model.addAttribute("preview", imports.preview(plan));
        model.addAttribute("token", pending.token());
        return "importing/preview";
    }

    @PostMapping("/import/confirm")
    String confirm(@RequestParam(name = "token", defaultValue = "") String token, HttpSession session,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending) || !pending.token().equals(token)) {
            model.addAttribute("importForm", new ImportForm());
            model.addAttribute("formError", "import.error.expired");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "importing/form";
        }
        List<String> saved = imports.save(pending.plan());
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("saved", saved);
        redirect.addFlashAttribute("fileName", pending.plan().fileName());
        return "redirect:/import/done";
    }

    @GetMapping("/import/done")
    String done(Model model) {
        return model.containsAttribute("saved") ? "importing/done" : "redirect:/import";
    }
}
