package dev.interviewlab.search;

import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@ApiController
class SearchApiController {

    record SearchResponse(String query, List<SearchHit> hits) {
    }

    private final TopicSearch search;

    SearchApiController(TopicSearch search) {
        this.search = search;
    }

    /** {@code GET /api/search?q=…&lang=en|zh}: ranked hits with highlighted snippets. */
    @GetMapping("/api/search")
    SearchResponse search(@RequestParam("q") String query, Locale locale) {
        if (query.isBlank()) {
            throw new BadInputException("search.error.blank");
        }
        return new SearchResponse(query, search.search(query, Language.of(locale)));
    }
}
