package dev.interviewlab.topic;

import dev.interviewlab.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;

/** Clean pages to print or save as PDF: one note, or a whole category with a table of contents. */
@Controller
class PrintController {

    private final TopicService topics;

    PrintController(TopicService topics) {
        this.topics = topics;
    }

    @GetMapping("/topics/{slug}/print")
    String note(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("note", topics.printedNote(slug, Language.of(locale)));
        return "topic/print-note";
    }

    @GetMapping("/categories/{slug}/print")
    String category(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("category", topics.printedCategory(slug, Language.of(locale)));
        return "topic/print-category";
    }
}
