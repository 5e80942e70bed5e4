package dev.interviewlab.search;

import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

@Controller
class SearchController {

    private final TopicSearch search;
    private final QuizItemSearch itemSearch;

    SearchController(TopicSearch search, QuizItemSearch itemSearch) {
        this.search = search;
        this.itemSearch = itemSearch;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false, defaultValue = "") String query,
                  @RequestParam(name = "page", required = false, defaultValue = "1") String page, Locale locale,
                  Model model, HttpServletResponse response) {
        model.addAttribute("query", query);
        try {
            SearchResults results = search.search(query, Language.of(locale), TopicSearch.page(page));
            model.addAttribute("results", results);
            model.addAttribute("hits", results.hits());
            if (results.page() == 1) { // quiz items go with the first page of topics only
                model.addAttribute("items", itemSearch.search(query, Language.of(locale)));
            }
            if (results.beyondTheLastPage()) {
                response.setStatus(HttpStatus.NOT_FOUND.value());
            }
        } catch (SearchIndexBuildingException e) {
            // just after start-up: the index is still being built in the background
            model.addAttribute("hits", List.of());
            model.addAttribute("building", true);
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(SearchIndexBuildingException.RETRY_AFTER_SECONDS));
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        } catch (BadInputException e) {
            model.addAttribute("hits", List.of());
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArguments", e.arguments());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "search/results";
    }
}
