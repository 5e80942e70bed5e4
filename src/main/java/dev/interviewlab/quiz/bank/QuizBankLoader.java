package dev.interviewlab.quiz.bank;

import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.revision.Subject;
import dev.interviewlab.topic.TopicRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the item bank in line with the item files, idempotently: an unchanged file (same SHA-256
 * as last time) costs one lookup; a new or changed file creates and updates its items, except
 * items changed in the site, which are kept; an item that left its file is retired (old results
 * still show it, new quizzes never draw it). Every file's topic must exist, except a topic an editor
 * deleted in the site: its file is left out, and its items stay retired.
 */
@Service
public class QuizBankLoader {

    private static final Logger log = LoggerFactory.getLogger(QuizBankLoader.class);

    private final QuizItemRepository items;
    private final BankFileRepository files;
    private final TopicRepository topics;
    private final RevisionService revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public QuizBankLoader(QuizItemRepository items, BankFileRepository files, TopicRepository topics,
                          RevisionService revisions, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.files = files;
        this.topics = topics;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    public record LoadReport(int created, int updated, int unchanged, int keptEdited, int retired) {
    }

    @Transactional
    public LoadReport load(List<ItemFile> bank) {
        Set<String> ofDeletedTopics = new HashSet<>();
        for (ItemFile file : bank) {
            if (!topics.existsBySlug(file.topicSlug()) && revisions.isDeleted(Subject.topic(file.topicSlug()))) {
                log.info("Left out {}: an editor deleted its topic '{}' in the site (its items stay retired)",
                        file.location(), file.topicSlug());
                ofDeletedTopics.add(file.location());
            } else if (!topics.existsBySlug(file.topicSlug())) {
                throw new QuizContentException(file.location(), file.items().isEmpty() ? null : file.items().get(0).key(),
                        "topic '" + file.topicSlug() + "' does not exist (it is the topic of every item in this file)");
            }
        }
        Instant now = clock.instant();
        int created = 0, updated = 0, unchanged = 0, kept = 0, retired = 0;
        for (ItemFile file : bank) {
            if (ofDeletedTopics.contains(file.location())) {
                kept += file.items().size();
                continue;
            }
            BankFile stored = files.findById(file.location()).orElse(null);
            if (stored != null && stored.getSha256().equals(file.sha256())) {
                unchanged += file.items().size();
                continue;
            }
            Map<String, QuizItem> existing = items.findByKeyIn(file.items().stream().map(ItemDraft::key).toList())
                    .stream().collect(Collectors.toMap(QuizItem::getKey, Function.identity()));
            for (ItemDraft draft : file.items()) {
                QuizItem item = existing.get(draft.key());
                if (item == null) {
                    items.save(QuizItem.builtIn(draft, file.location(), file.sha256(), now));
                    created++;
                } else if (!item.acceptsBuiltInUpdates()) {
                    log.info("Kept the site's version of quiz item '{}'; {} changed but the item was edited in the site",
                            item.getKey(), file.location());
                    kept++;
                } else if (item.getType() != draft.type()) {
                    // attempts keep the type they drew the item with and their answers are read by it
                    throw new QuizContentException(file.location(), draft.key(), "the item is a " + item.getType().code()
                            + " item and this file makes it " + draft.type().code() + "; a question of another type needs a"
                            + " new key (the old key, left out of the file, is retired)");
                } else {
                    item.updateFromBuiltIn(draft, file.location(), file.sha256(), now);
                    updated++;
                }
            }
            Set<String> keys = file.items().stream().map(ItemDraft::key).collect(Collectors.toSet());
            for (QuizItem item : items.findBySourceLocation(file.location())) {
                if (!keys.contains(item.getKey()) && !item.isRetired() && item.acceptsBuiltInUpdates()) {
                    item.retire(now);
                    retired++;
                }
            }
            if (stored == null) {
                files.save(new BankFile(file.location(), file.sha256(), now));
            } else {
                stored.loaded(file.sha256(), now);
            }
        }
        if (created + updated + retired > 0) {
            events.publishEvent(new BankChangedEvent());
        }
        log.info("Quiz bank: {} items created, {} updated, {} unchanged, {} kept as edited in the site, {} retired",
                created, updated, unchanged, kept, retired);
        return new LoadReport(created, updated, unchanged, kept, retired);
    }
}
