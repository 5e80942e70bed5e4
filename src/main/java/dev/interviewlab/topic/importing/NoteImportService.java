package dev.interviewlab.topic.importing;

import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.topic.TopicOrigin;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicsChangedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a user's Markdown notebook as topics, all or nothing: either every note is saved, or
 * (on any error) none is. Re-importing updates the notes imported before; a note whose slug
 * belongs to a built-in topic gets its own slug instead of replacing it.
 */
@Service
public class NoteImportService {

    static final String DEFAULT_CATEGORY = "Imported notes";
    private static final int CATEGORY_POSITION = 100;

    private final NotebookSplitter splitter;
    private final TopicRepository topics;
    private final CategoryRepository categories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NoteImportService(@Value("${interviewlab.import.max-bytes}") int maxBytes, TopicRepository topics,
                             CategoryRepository categories, ApplicationEventPublisher events, Clock clock) {
        this.splitter = new NotebookSplitter(maxBytes);
        this.topics = topics;
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    public ImportPlan plan(String fileName, byte[] bytes, int splitLevel) {
        return splitter.split(fileName, bytes, splitLevel);
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(ImportPlan plan) {
        String categoryName = plan.category() != null ? plan.category() : DEFAULT_CATEGORY;
        String categorySlug = Slugs.of(categoryName);
        Set<String> taken = new HashSet<>();
        List<ImportPreview.PlannedNote> planned = new ArrayList<>();
        for (ImportPlan.ImportedNote note : plan.notes()) {
            String base = Slugs.of(note.title());
            String slug = base;
            ImportPreview.Action action;
            for (int n = 2; ; n++) {
                Optional<TopicOrigin> owner = taken.contains(slug) ? Optional.of(TopicOrigin.BUILT_IN)
                        : topics.findOriginBySlug(slug);
                if (owner.isEmpty()) {
                    action = ImportPreview.Action.CREATE;
                    break;
                }
                if (owner.get() == TopicOrigin.IMPORTED && !taken.contains(slug)) {
                    action = ImportPreview.Action.UPDATE;
                    break;
                }
                slug = base + "-" + n; // taken by a built-in topic or an earlier note of this file
            }
            taken.add(slug);
            planned.add(new ImportPreview.PlannedNote(slug, note.title(), note.summary(), note.markdown().length(), action));
        }
        return new ImportPreview(plan, categorySlug, categoryName, planned);
    }

    /** Saves every note of the plan in one transaction; returns the slugs saved, in order. */
    @Transactional
    public List<String> save(ImportPlan plan) {
        ImportPreview preview = preview(plan);
        Category category = categories.findBySlug(preview.categorySlug()).orElseGet(() -> categories.save(
                new Category(preview.categorySlug(), CATEGORY_POSITION, LocalizedText.same(preview.categoryName()),
                        new LocalizedText("Notes imported from " + plan.fileName(), "从 " + plan.fileName() + " 导入的笔记"))));
        Instant now = clock.instant();
        List<String> saved = new ArrayList<>();
        for (int i = 0; i < plan.notes().size(); i++) {
            ImportPlan.ImportedNote note = plan.notes().get(i);
            ImportPreview.PlannedNote target = preview.notes().get(i);
            TopicDraft draft = new TopicDraft(target.slug(), category.getSlug(), Difficulty.INTERMEDIATE,
                    LocalizedText.same(note.title()), LocalizedText.same(note.summary()),
                    LocalizedText.same(note.markdown()), plan.tags(), List.of(), null);
            if (target.action() == ImportPreview.Action.UPDATE) {
                topics.findBySlug(target.slug()).orElseThrow().updateFromImport(draft, category, now);
            } else {
                topics.save(Topic.imported(draft, category, now));
            }
            saved.add(target.slug());
        }
        events.publishEvent(new TopicsChangedEvent(new HashSet<>(saved)));
        return saved;
    }
}
