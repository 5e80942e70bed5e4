package dev.interviewlab.topic.editing;

import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicSummary;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The editors' topic pages: list, create, edit (with preview and conflicts), history, restore, delete. */
@Controller
@RequestMapping("/editor/topics")
class TopicEditorController {

    private static final String PREVIEW = "preview";

    private final TopicEditing editing;
    private final MessageSource messages;

    TopicEditorController(TopicEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String list(Locale locale, Model model) {
        Map<String, List<TopicSummary>> byCategory = new LinkedHashMap<>();
        for (TopicSummary summary : editing.all()) {
            byCategory.computeIfAbsent(summary.categoryName().in(Language.of(locale)), key -> new ArrayList<>()).add(summary);
        }
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("language", Language.of(locale));
        return "editing/list";
    }

    @GetMapping("/new")
    String newTopic(Locale locale, Model model) {
        return form(model, editing.blankForm(), null, locale);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") TopicForm form, BindingResult errors,
                  @RequestParam(defaultValue = "save") String action, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (PREVIEW.equals(action)) {
            return preview(form, errors, null, locale, model, response);
        }
        try {
            String slug = editing.create(form, author(me));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/topics/" + slug;
        } catch (InvalidInputException e) {
            e.rejectInto(errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, null, locale);
        }
    }

    @GetMapping("/{slug}/edit")
    String edit(@PathVariable String slug, Locale locale, Model model) {
        return form(model, editing.form(slug), slug, locale);
    }

    @PostMapping("/{slug}/edit")
    String save(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug,
                @ModelAttribute("form") TopicForm form, BindingResult errors,
                @RequestParam(defaultValue = "save") String action, Locale locale, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        form.setSlug(slug);
        if (PREVIEW.equals(action)) {
            return preview(form, errors, slug, locale, model, response);
        }
        try {
            editing.save(slug, form, author(me));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/topics/" + slug;
        } catch (InvalidInputException e) {
            e.rejectInto(errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, slug, locale);
        } catch (EditConflictException e) {
            // the editor's text stays in the form; the next save builds on what is saved now
            form.setVersion(e.currentVersion());
            model.addAttribute("conflict", e);
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, form, slug, locale);
        }
    }

    /** The live preview of editor.js: sanitized HTML, exactly as the topic page renders the Markdown. */
    @PostMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> livePreview(@RequestParam(defaultValue = "") String markdown,
                                       @RequestParam(defaultValue = "en") String language, Locale locale) {
        try {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(editing.preview(markdown, "zh".equals(language) ? Language.ZH : Language.EN));
        } catch (InvalidInputException e) {
            InvalidInputException.FieldProblem problem = e.problems().get(0);
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
        }
    }

    @GetMapping("/{slug}/history")
    String history(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("history", editing.history(slug, Language.of(locale)));
        return "editing/history";
    }

    @GetMapping("/{slug}/revisions/{number}")
    String revision(@PathVariable String slug, @PathVariable int number,
                    @RequestParam(defaultValue = "PREVIOUS") TopicEditing.Compare compare, Locale locale, Model model) {
        model.addAttribute("comparison", editing.compare(slug, number, compare));
        model.addAttribute("topicTitle", editing.title(slug, Language.of(locale)));
        return "editing/revision";
    }

    @PostMapping("/{slug}/revisions/{number}/restore")
    String restore(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug, @PathVariable int number,
                   @RequestParam(defaultValue = "") String summary, Locale locale, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editing.restore(slug, number, author(me), summary);
            redirect.addFlashAttribute("restored", number);
            return "redirect:/editor/topics/" + slug + "/history";
        } catch (InvalidInputException e) {
            InvalidInputException.FieldProblem problem = e.problems().get(0);
            model.addAttribute("comparison", editing.compare(slug, number, TopicEditing.Compare.PREVIOUS));
            model.addAttribute("topicTitle", editing.title(slug, Language.of(locale)));
            model.addAttribute("summary", summary);
            model.addAttribute("summaryError", messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "editing/revision";
        }
    }

    @GetMapping("/{slug}/delete")
    String confirmDelete(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("impact", editing.deletionImpact(slug, Language.of(locale)));
        model.addAttribute("language", Language.of(locale));
        return "editing/delete";
    }

    @PostMapping("/{slug}/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug,
                  @RequestParam(required = false) Long version, @RequestParam(defaultValue = "") String summary,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (version == null) {
                throw new InvalidInputException(List.of(InvalidInputException.FieldProblem.of("version", "editing.error.version")));
            }
            editing.delete(slug, version, author(me), summary);
            redirect.addFlashAttribute("deleted", slug);
            return "redirect:/editor/topics";
        } catch (InvalidInputException e) {
            InvalidInputException.FieldProblem problem = e.problems().get(0);
            model.addAttribute("summaryError", messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (EditConflictException e) {
            model.addAttribute("changedSince", true);
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("impact", editing.deletionImpact(slug, Language.of(locale)));
        model.addAttribute("language", Language.of(locale));
        model.addAttribute("summary", summary);
        return "editing/delete";
    }

    private String preview(TopicForm form, BindingResult errors, String slug, Locale locale, Model model,
                           HttpServletResponse response) {
        boolean previewed = preview(model, errors, "bodyEn", form.getBodyEn(), Language.EN)
                & preview(model, errors, "bodyZh", form.getBodyZh(), Language.ZH);
        if (!previewed) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return form(model, form, slug, locale);
    }

    /** Puts one body's preview in the model, or its problems on its field (too long, a figure it cannot draw). */
    private boolean preview(Model model, BindingResult errors, String field, String text, Language language) {
        try {
            model.addAttribute("preview" + field.substring(4), editing.preview(text, language));
            return true;
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> errors.rejectValue(field, problem.messageKey(),
                    problem.arguments().toArray(), problem.messageKey()));
            return false;
        }
    }

    private String form(Model model, TopicForm form, String slug, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("slug", slug);
        model.addAttribute("categories", editing.categories(Language.of(locale)));
        model.addAttribute("difficulties", List.of(Difficulty.values()));
        return "editing/form";
    }

    private static RevisionAuthor author(SignedInAccount me) {
        return RevisionAuthor.account(me.accountId(), me.displayName());
    }
}
