package dev.interviewlab.topic;

import dev.interviewlab.quiz.QuizOffers;
import dev.interviewlab.simulation.SimulationCatalogue;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;

@Controller
class TopicController {

    private final TopicService topics;
    private final TopicViewCache views;
    private final SimulationCatalogue simulations;
    private final QuizOffers quizOffers;

    TopicController(TopicService topics, TopicViewCache views, SimulationCatalogue simulations, QuizOffers quizOffers) {
        this.topics = topics;
        this.views = views;
        this.simulations = simulations;
        this.quizOffers = quizOffers;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        Language language = Language.of(locale);
        model.addAttribute("categories", views.catalogue(language, () -> topics.catalogue(language)));
        model.addAttribute("simulations", simulations.all());
        model.addAttribute("quizOffers", quizOffers.forHome(language));
        return "home";
    }

    @GetMapping("/topics")
    String all(Locale locale, Model model) {
        Language language = Language.of(locale);
        model.addAttribute("categories", views.catalogue(language, () -> topics.catalogue(language)));
        return "topic/list";
    }

    @GetMapping("/categories/{slug}")
    String category(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("category", topics.category(slug, Language.of(locale)));
        return "topic/category";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, Locale locale, Model model) {
        Language language = Language.of(locale);
        TopicPage page = views.page(slug, language, () -> topics.page(slug, language));
        model.addAttribute("topic", page);
        model.addAttribute("simulations", simulations.forTopic(slug, page.simulation()));
        model.addAttribute("quizOffers", quizOffers.forTopic(slug, language));
        return "topic/page";
    }
}
