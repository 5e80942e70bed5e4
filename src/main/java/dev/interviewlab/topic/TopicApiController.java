package dev.interviewlab.topic;

import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@ApiController
class TopicApiController {

    private final TopicService topics;

    TopicApiController(TopicService topics) {
        this.topics = topics;
    }

    /** {@code GET /api/topics?lang=en|zh}: every topic with slug, title, category and tags. */
    @GetMapping("/api/topics")
    List<TopicApiEntry> topics(Locale locale) {
        return topics.apiListing(Language.of(locale));
    }
}
