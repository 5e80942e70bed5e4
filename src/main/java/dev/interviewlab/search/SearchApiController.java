package dev.interviewlab.search;

import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@ApiController
class SearchApiController {

    /**
     * @param total      every matching topic, of which {@code hits} is page {@code page} of {@code pages}
     * @param items      the best matching quiz items (prompts only, never answers), with every page
     * @param itemsTotal every matching quiz item
     */
    record SearchResponse(String query, List<SearchHit> hits, int total, int page, int pages, int pageSize,
                          List<ItemHit> items, int itemsTotal) {
    }

    private final TopicSearch search;
    private final QuizItemSearch itemSearch;
    private final MessageSource messages;

    SearchApiController(TopicSearch search, QuizItemSearch itemSearch, MessageSource messages) {
        this.search = search;
        this.itemSearch = itemSearch;
        this.messages = messages;
    }

    /** {@code GET /api/search?q=…&page=N&lang=en|zh}: one page of ranked hits with highlighted snippets, and the total. */
    @GetMapping("/api/search")
    SearchResponse search(@RequestParam("q") String query,
                          @RequestParam(name = "page", required = false, defaultValue = "1") String page, Locale locale) {
        if (query.isBlank()) {
            throw new BadInputException("search.error.blank");
        }
        SearchResults results = search.search(query, Language.of(locale), TopicSearch.page(page));
        ItemSearchResults items = itemSearch.search(query, Language.of(locale));
        return new SearchResponse(query, results.hits(), results.total(), results.page(), results.pages(), results.pageSize(),
                items.hits(), items.total());
    }

    /** Just after start-up, while the index is built in the background: 503 with when to try again. */
    @ExceptionHandler(SearchIndexBuildingException.class)
    ResponseEntity<ProblemDetail> building(SearchIndexBuildingException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(SearchIndexBuildingException.RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        messages.getMessage("search.building", null, locale)));
    }
}
