package dev.interviewlab.topic;

import dev.interviewlab.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;

@Controller
class TopicController {

    private final TopicService topics;

    TopicController(TopicService topics) {
        this.topics = topics;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("categories", topics.catalogue(Language.of(locale)));
        return "home";
    }

    @GetMapping("/topics")
    String all(Locale locale, Model model) {
        model.addAttribute("categories", topics.catalogue(Language.of(locale)));
        return "topic/list";
    }

    @GetMapping("/categories/{slug}")
    String category(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("category", topics.category(slug, Language.of(locale)));
        return "topic/category";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("topic", topics.page(slug, Language.of(locale)));
        return "topic/page";
    }
}
