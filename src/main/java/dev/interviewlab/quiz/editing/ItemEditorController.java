package dev.interviewlab.quiz.editing;

import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.quiz.analysis.ItemAnalysisService;
import dev.interviewlab.quiz.analysis.ItemStatistics;
import dev.interviewlab.quiz.bank.ItemRules;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.ItemYaml;
import dev.interviewlab.revision.Revision;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.revision.TextDiff;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Editors' pages for quiz items: list, create, edit with preview, retire, history with diff and restore. */
@Controller
@RequestMapping("/editor/quiz-items")
class ItemEditorController {

    private final ItemEditing editing;
    private final ItemAnalysisService analysis;
    private final MarkdownPreview preview;
    private final MessageSource messages;

    ItemEditorController(ItemEditing editing, ItemAnalysisService analysis, MarkdownPreview preview, MessageSource messages) {
        this.editing = editing;
        this.analysis = analysis;
        this.preview = preview;
        this.messages = messages;
    }

    /** Rows beyond the bank's limit are refused, so a crafted form cannot make the binder grow a huge list. */
    @InitBinder("form")
    void limitOptionRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(ItemRules.MAX_OPTIONS);
    }

    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String tooManyOptionRows(Model model) {
        model.addAttribute("maxOptions", ItemRules.MAX_OPTIONS);
        return "quiz-editing/too-many-rows";
    }

    @ModelAttribute("itemTypes")
    List<ItemType> itemTypes() {
        return List.of(ItemType.values());
    }

    @ModelAttribute("language")
    Language language(Locale locale) {
        return Language.of(locale);
    }

    @ModelAttribute("difficulties")
    List<Difficulty> difficulties() {
        return List.of(Difficulty.values());
    }

    @GetMapping
    String list(@RequestParam(name = "topic", required = false) String topic,
                @RequestParam(name = "sort", required = false) String sortParameter, Model model,
                HttpServletResponse response) {
        Optional<ItemSort> sort = ItemSort.parse(sortParameter);
        if (sort.isEmpty()) {
            model.addAttribute("sortError", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("topic", topic == null ? "" : topic);
        model.addAttribute("sort", sort.orElse(ItemSort.TOPIC).code());
        model.addAttribute("sorts", List.of(ItemSort.values()));
        model.addAttribute("topics", editing.topics());
        model.addAttribute("items", AnalysedItem.of(editing.list(topic), analysis.all(), sort.orElse(ItemSort.TOPIC)));
        model.addAttribute("minAttempts", ItemStatistics.MIN_ATTEMPTS);
        return "quiz-editing/list";
    }

    @GetMapping("/new")
    String newItem(@RequestParam(name = "topic", required = false) String topic, Model model) {
        return form(model, ItemForm.empty(topic), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") ItemForm form, BindingResult errors,
                  @RequestParam(name = "preview", required = false) String previewRequested,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) { // a value that does not even bind, e.g. a version that is no number
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, null);
        }
        if (previewRequested != null) {
            model.addAttribute("previews", preview.of(form));
            return form(model, form, null);
        }
        try {
            String key = editing.create(form, author(me));
            redirect.addFlashAttribute("notice", "quizediting.saved");
            return "redirect:/editor/quiz-items/" + key + "/edit";
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, null);
        }
    }

    @GetMapping("/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        return form(model, editing.form(key), key);
    }

    @PostMapping("/{key}")
    String update(@AuthenticationPrincipal SignedInAccount me, @PathVariable String key,
                  @ModelAttribute("form") ItemForm form, BindingResult errors,
                  @RequestParam(name = "preview", required = false) String previewRequested,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, key);
        }
        if (previewRequested != null) {
            model.addAttribute("previews", preview.of(form));
            return form(model, form, key);
        }
        try {
            editing.update(key, form, author(me));
            redirect.addFlashAttribute("notice", "quizediting.saved");
            return "redirect:/editor/quiz-items/" + key + "/edit";
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, key);
        } catch (StaleItemException stale) {
            // the form keeps every input; with the saved version it can overwrite knowingly
            ItemEditing.Current current = editing.current(key);
            form.setVersion(current.version());
            Conflict conflict = new Conflict(ItemYaml.write(current.item()), ItemYaml.write(stale.attempted()));
            model.addAttribute("conflict", conflict);
            model.addAttribute("conflictDiff", TextDiff.between(conflict.saved(), conflict.attempted()));
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, form, key);
        }
    }

    /** The saved item and this editor's attempt, both as item-file text. */
    record Conflict(String saved, String attempted) {
    }

    @GetMapping("/{key}/retire")
    String confirmRetire(@PathVariable String key, Model model) {
        model.addAttribute("check", editing.retireCheck(key));
        return "quiz-editing/retire";
    }

    @PostMapping("/{key}/retire")
    String retire(@AuthenticationPrincipal SignedInAccount me, @PathVariable String key, RedirectAttributes redirect) {
        editing.retire(key, author(me));
        redirect.addFlashAttribute("notice", "quizediting.retiredDone");
        return "redirect:/editor/quiz-items/" + key + "/edit";
    }

    @GetMapping("/{key}/history")
    String history(@PathVariable String key, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("revisions", editing.history(key));
        return "quiz-editing/history";
    }

    /** One revision as item-file text, with what it changed since the one before. */
    @GetMapping("/{key}/revisions/{number}")
    String revision(@PathVariable String key, @PathVariable int number, Model model) {
        Revision revision = editing.revision(key, number);
        model.addAttribute("key", key);
        model.addAttribute("revision", revision);
        model.addAttribute("diff", number > 1 ? editing.diff(key, number - 1, number) : null);
        return "quiz-editing/revision";
    }

    @GetMapping("/{key}/diff")
    String diff(@PathVariable String key, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("diff", editing.diff(key, from, to));
        return "quiz-editing/diff";
    }

    @PostMapping("/{key}/revisions/{number}/restore")
    String restore(@AuthenticationPrincipal SignedInAccount me, @PathVariable String key, @PathVariable int number,
                   RedirectAttributes redirect, Locale locale) {
        try {
            editing.restore(key, number, author(me));
            redirect.addFlashAttribute("notice", "quizediting.restored");
            return "redirect:/editor/quiz-items/" + key + "/edit";
        } catch (InvalidInputException refused) {
            var problem = refused.problems().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
            return "redirect:/editor/quiz-items/" + key + "/revisions/" + number;
        }
    }

    private static RevisionAuthor author(SignedInAccount me) {
        return RevisionAuthor.account(me.accountId(), me.displayName());
    }

    private String form(Model model, ItemForm form, String key) {
        form.withSpareRows();
        model.addAttribute("form", form);
        model.addAttribute("key", key);
        model.addAttribute("retired", key != null && editing.isRetired(key)); // 404 for an item that does not exist
        model.addAttribute("topics", editing.topics());
        if (key != null) {
            model.addAttribute("statistics", analysis.of(key));
            model.addAttribute("minAttempts", ItemStatistics.MIN_ATTEMPTS);
        }
        return "quiz-editing/form";
    }
}
