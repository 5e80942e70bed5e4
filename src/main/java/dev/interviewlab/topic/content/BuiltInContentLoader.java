package dev.interviewlab.topic.content;

import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.revision.Subject;
import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicsChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Brings the database in line with the built-in content, idempotently: new files create topics,
 * changed files (by SHA-256) update them, unchanged files cost nothing, and topics changed in the
 * site are kept as they are. A built-in topic an editor deleted stays deleted (its revision history
 * ends with the deletion).
 */
@Service
public class BuiltInContentLoader {

    private static final Logger log = LoggerFactory.getLogger(BuiltInContentLoader.class);

    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final RevisionService revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public BuiltInContentLoader(CategoryRepository categories, TopicRepository topics, RevisionService revisions,
                                ApplicationEventPublisher events, Clock clock) {
        this.categories = categories;
        this.topics = topics;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    public record LoadReport(int created, int updated, int unchanged, int keptEdited) {
    }

    @Transactional
    public LoadReport load(BuiltInContent content) {
        Map<String, Category> categoriesBySlug = upsertCategories(content);
        Map<String, Topic> existing = new HashMap<>();
        topics.findAll().forEach(topic -> existing.put(topic.getSlug(), topic));
        Instant now = clock.instant();
        int created = 0, updated = 0, unchanged = 0, kept = 0;
        Set<String> changed = new HashSet<>();
        for (BuiltInContent.TopicFile file : content.topics()) {
            Topic topic = existing.get(file.draft().slug());
            Category category = categoriesBySlug.get(file.draft().categorySlug());
            if (topic == null && revisions.isDeleted(Subject.topic(file.draft().slug()))) {
                log.info("Left out topic '{}' of {}: an editor deleted it in the site", file.draft().slug(), file.path());
                kept++;
                continue;
            } else if (topic == null) {
                topics.save(Topic.builtIn(file.draft(), category, file.sha256(), now));
                created++;
            } else if (file.sha256().equals(topic.getContentHash())) {
                unchanged++;
                continue;
            } else if (!topic.acceptsBuiltInUpdates()) {
                log.info("Kept the site's version of topic '{}'; {} changed but the topic was edited in the site",
                        topic.getSlug(), file.path());
                kept++;
                continue;
            } else {
                topic.updateFromBuiltIn(file.draft(), category, file.sha256(), now);
                updated++;
            }
            changed.add(file.draft().slug());
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new TopicsChangedEvent(changed));
        }
        LoadReport report = new LoadReport(created, updated, unchanged, kept);
        log.info("Built-in content: {} topics created, {} updated, {} unchanged, {} kept as edited in the site",
                created, updated, unchanged, kept);
        return report;
    }

    private Map<String, Category> upsertCategories(BuiltInContent content) {
        Map<String, Category> bySlug = new HashMap<>();
        categories.findAll().forEach(category -> bySlug.put(category.getSlug(), category));
        for (Category definition : content.categories()) {
            Category stored = bySlug.get(definition.getSlug());
            if (stored == null) {
                bySlug.put(definition.getSlug(), categories.save(definition));
            } else if (!stored.sameAs(definition)) {
                stored.updateFrom(definition);
            }
        }
        return bySlug;
    }
}
