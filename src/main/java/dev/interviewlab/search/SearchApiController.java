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

    /** @param total every match, of which {@code hits} is page {@code page} of {@code pages} */
    record SearchResponse(String query, List<SearchHit> hits, int total, int page, int pages, int pageSize) {
    }

    private final TopicSearch search;

    SearchApiController(TopicSearch search) {
        this.search = search;
    }

    /** {@code GET /api/search?q=…&page=N&lang=en|zh}: one page of ranked hits with highlighted snippets, and the total. */
    @GetMapping("/api/search")
    SearchResponse search(@RequestParam("q") String query,
                          @RequestParam(name = "page", required = false, defaultValue = "1") String page, Locale locale) {
        if (query.isBlank()) {
            throw new BadInputException("search.error.blank");
        }
        SearchResults results = search.search(query, Language.of(locale), TopicSearch.page(page));
        return new SearchResponse(query, results.hits(), results.total(), results.page(), results.pages(), results.pageSize());
    }
}
