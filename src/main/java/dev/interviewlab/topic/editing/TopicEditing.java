package dev.interviewlab.topic.editing;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.diagram.DiagramException;
import dev.interviewlab.quiz.TopicQuizzes;
import dev.interviewlab.revision.ChangeKind;
import dev.interviewlab.revision.Revision;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.revision.RevisionHeader;
import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.revision.Subject;
import dev.interviewlab.revision.TextDiff;
import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.IdScope;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.topic.TopicNotFoundException;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicSummary;
import dev.interviewlab.topic.TopicsChangedEvent;
import dev.interviewlab.topic.content.ContentException;
import dev.interviewlab.topic.content.TopicFileParser;
import dev.interviewlab.topic.content.TopicFileWriter;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import dev.interviewlab.web.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Editors' changes to topics: create, save with optimistic locking, restore a revision, delete.
 * Every change records a revision (see {@link RevisionService}) and publishes a
 * {@link TopicsChangedEvent}, so caches and the search index follow once it commits; every changed
 * topic is marked edited, so the built-in loader leaves it alone.
 *
 * <p>Writes run in a {@link TransactionTemplate} rather than under {@code @Transactional}: a save
 * that loses a race to another editor's save fails at commit, and it is here, outside the
 * transaction, that the failure becomes an {@link EditConflictException} with the editor's text.
 */
@Service
public class TopicEditing {

    public enum Compare { PREVIOUS, CURRENT }

    public record CategoryChoice(String slug, String name) {
    }

    /** @param exists false once the topic is deleted (its history stays) */
    public record History(String slug, String title, boolean exists, List<RevisionHeader> revisions) {
    }

    /** One revision compared with the one before it, or with the topic as it is now. */
    public record RevisionComparison(String slug, RevisionHeader revision, Compare compare, Integer againstNumber,
                                     TextDiff diff, boolean topicExists) {
    }

    /** What deleting a topic touches, for the confirmation page. */
    public record DeletionImpact(String slug, String title, long version, TopicQuizzes.Usage quizzes,
                                 List<TopicSummary> relatedFrom) {
    }

    private final TopicRepository topics;
    private final CategoryRepository categories;
    private final RevisionService revisions;
    private final TopicQuizzes quizzes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final TopicFileWriter writer = new TopicFileWriter();
    private final TopicFileParser parser = new TopicFileParser();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public TopicEditing(TopicRepository topics, CategoryRepository categories, RevisionService revisions,
                        TopicQuizzes quizzes, ApplicationEventPublisher events, Clock clock,
                        PlatformTransactionManager transactions) {
        this.topics = topics;
        this.categories = categories;
        this.revisions = revisions;
        this.quizzes = quizzes;
        this.events = events;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    public List<TopicSummary> all() {
        return reads.execute(status -> topics.findAllSummaries());
    }

    public List<CategoryChoice> categories(Language language) {
        return reads.execute(status -> categories.findAllByOrderByPositionAscSlugAsc().stream()
                .map(category -> new CategoryChoice(category.getSlug(), category.getName().in(language)))
                .toList());
    }

    public TopicForm blankForm() {
        TopicForm form = new TopicForm();
        form.setDifficulty(Difficulty.INTERMEDIATE.name().toLowerCase(java.util.Locale.ROOT));
        return form;
    }

    /** The stored topic in the form, with the version it is loaded at. */
    public TopicForm form(String slug) {
        return reads.execute(status -> {
            Topic topic = find(slug);
            return TopicForm.of(topic.toDraft(), topic.getVersion());
        });
    }

    /** The topic's title as the heading of its editor pages: the stored one, or the slug once deleted. */
    public String title(String slug, Language language) {
        return reads.execute(status -> topics.findBySlug(slug).map(topic -> topic.getTitle().in(language)).orElse(slug));
    }

    /**
     * A new topic, written in the site. A slug used before by a deleted topic may be taken again; its
     * history goes on.
     *
     * @return the new topic's slug
     * @throws InvalidInputException with a problem per bad field
     */
    public String create(TopicForm form, RevisionAuthor author) {
        try {
            return writes.execute(status -> {
                TopicDraft draft = TopicDrafts.check(form, null, categorySlugs(), new HashSet<>(topics.findAllSlugs()), null);
                topics.saveAndFlush(Topic.createdInSite(draft, category(draft), clock.instant()));
                revisions.record(Subject.topic(draft.slug()), ChangeKind.CREATED, author, form.getChangeSummary(),
                        writer.write(draft));
                events.publishEvent(new TopicsChangedEvent(Set.of(draft.slug())));
                return draft.slug();
            });
        } catch (DataIntegrityViolationException e) {
            // another editor created the same slug between our check and our insert
            throw new InvalidInputException(List.of(FieldProblem.of("slug", "editing.error.slugTaken", form.getSlug().strip())));
        }
    }

    /**
     * Saves an editor's form over the topic, if nobody saved it since the form's version was loaded.
     *
     * @throws InvalidInputException  with a problem per bad field; nothing is saved
     * @throws EditConflictException  when someone saved in between; nothing is saved
     * @throws TopicNotFoundException when there is no such topic (any more)
     */
    public void save(String slug, TopicForm form, RevisionAuthor author) {
        try {
            writes.executeWithoutResult(status -> {
                Topic topic = find(slug);
                TopicDraft draft = TopicDrafts.check(form, slug, categorySlugs(), relatable(topic), topic.getSimulation());
                if (form.getVersion() == null || form.getVersion() != topic.getVersion()) {
                    throw conflict(topic, draft);
                }
                change(topic, draft, ChangeKind.EDITED, author, form.getChangeSummary());
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // the other save committed after our version check: same answer as if it had been first
            throw reads.execute(status -> {
                Topic topic = find(slug);
                return conflict(topic, TopicDrafts.check(form, slug, categorySlugs(), relatable(topic),
                        topic.getSimulation()));
            });
        }
    }

    /**
     * Sanitized HTML of an editor's Markdown, as the topic page would show it in that language.
     *
     * @throws InvalidInputException when the text is too long or a figure cannot be drawn
     */
    public String preview(String text, Language language) {
        String body = text == null ? "" : text;
        if (body.length() > TopicDrafts.MAX_BODY) {
            throw new InvalidInputException(List.of(FieldProblem.of("markdown", "editing.error.tooLong", TopicDrafts.MAX_BODY)));
        }
        try {
            markdown.checkDiagrams(body);
        } catch (DiagramException e) {
            throw new InvalidInputException(List.of(new FieldProblem("markdown", e.messageKey(), e.arguments())));
        }
        // the editor shows both languages' previews on one page: each keeps its figures' ids to itself
        return IdScope.scoped(markdown.render(body, language.locale()).html(), "preview-" + language.code() + "-");
    }

    /**
     * A revision's snapshot as a draft. A snapshot saved before a rule it breaks existed (a figure block
     * written before figures were drawn) is refused with the reason, not restored half-checked.
     */
    private TopicDraft restorable(String slug, Revision revision) {
        try {
            return parser.parse(slug + ".md", revision.snapshot());
        } catch (ContentException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("summary", "editing.error.restoreInvalid",
                    revision.number(), e.getMessage())));
        }
    }

    /** @throws TopicNotFoundException when the topic neither exists nor has a history */
    public History history(String slug, Language language) {
        return reads.execute(status -> {
            Optional<Topic> topic = topics.findBySlug(slug);
            List<RevisionHeader> headers = revisions.history(Subject.topic(slug));
            if (topic.isEmpty() && headers.isEmpty()) {
                throw new TopicNotFoundException("topic " + slug);
            }
            return new History(slug, topic.map(t -> t.getTitle().in(language)).orElse(slug), topic.isPresent(), headers);
        });
    }

    /**
     * Revision {@code number} against the revision before it (the first one against nothing), or
     * against the topic as it is now (nothing, once deleted).
     */
    public RevisionComparison compare(String slug, int number, Compare compare) {
        return reads.execute(status -> {
            Subject subject = Subject.topic(slug);
            Revision revision = revisions.get(subject, number);
            Optional<Topic> topic = topics.findBySlug(slug);
            if (compare == Compare.CURRENT) {
                String now = topic.map(t -> writer.write(t.toDraft())).orElse("");
                return new RevisionComparison(slug, revision.header(), compare, null,
                        TextDiff.between(revision.snapshot(), now), topic.isPresent());
            }
            Optional<Revision> before = number > 1 ? revisions.find(subject, number - 1) : Optional.empty();
            return new RevisionComparison(slug, revision.header(), compare, before.map(Revision::number).orElse(null),
                    TextDiff.between(before.map(Revision::snapshot).orElse(""), revision.snapshot()), topic.isPresent());
        });
    }

    /**
     * Brings back revision {@code number} as a new revision; brings back a deleted topic too. The
     * state it replaces is in the history first, so a restore loses nothing either.
     *
     * @throws InvalidInputException when the summary is too long or the revision's category is gone
     */
    public void restore(String slug, int number, RevisionAuthor author, String summary) {
        if (summary != null && summary.strip().length() > RevisionService.MAX_SUMMARY_LENGTH) {
            throw new InvalidInputException(List.of(FieldProblem.of("summary", "editing.error.tooLong",
                    RevisionService.MAX_SUMMARY_LENGTH)));
        }
        writes.executeWithoutResult(status -> {
            Subject subject = Subject.topic(slug);
            Revision revision = revisions.get(subject, number);
            TopicDraft draft = restorable(slug, revision);
            if (categories.findBySlug(draft.categorySlug()).isEmpty()) {
                throw new InvalidInputException(List.of(FieldProblem.of("summary", "editing.error.restoreCategory",
                        draft.categorySlug())));
            }
            Optional<Topic> topic = topics.findBySlug(slug);
            if (topic.isPresent()) {
                change(topic.get(), draft, ChangeKind.RESTORED, author, summary);
            } else {
                topics.saveAndFlush(Topic.createdInSite(draft, category(draft), clock.instant()));
                revisions.record(subject, ChangeKind.RESTORED, author, summary, writer.write(draft));
                events.publishEvent(new TopicsChangedEvent(Set.of(slug)));
            }
        });
    }

    public DeletionImpact deletionImpact(String slug, Language language) {
        return reads.execute(status -> {
            Topic topic = find(slug);
            return new DeletionImpact(slug, topic.getTitle().in(language), topic.getVersion(), quizzes.usage(slug),
                    topics.findSummariesRelatedTo(slug));
        });
    }

    /**
     * Deletes the topic: its quiz items are retired (past results keep showing them), its last
     * state is kept as a {@link ChangeKind#DELETED} revision (so it can be restored, and the
     * built-in loader does not bring it back), and other topics' links to it disappear from their
     * pages.
     *
     * @param version the version the confirmation page showed
     * @throws EditConflictException when the topic changed since; nothing is deleted
     */
    public void delete(String slug, long version, RevisionAuthor author, String summary) {
        if (summary != null && summary.strip().length() > RevisionService.MAX_SUMMARY_LENGTH) {
            throw new InvalidInputException(List.of(FieldProblem.of("summary", "editing.error.tooLong",
                    RevisionService.MAX_SUMMARY_LENGTH)));
        }
        try {
            writes.executeWithoutResult(status -> {
                Topic topic = find(slug);
                String last = writer.write(topic.toDraft());
                if (topic.getVersion() != version) {
                    throw new EditConflictException(slug, topic.getVersion(), lastSave(slug), null);
                }
                Subject subject = Subject.topic(slug);
                revisions.recordUnrecordedState(subject, last);
                quizzes.retireAll(slug);
                revisions.record(subject, ChangeKind.DELETED, author, summary, last);
                topics.delete(topic);
                topics.flush();
                events.publishEvent(new TopicsChangedEvent(Set.of(slug)));
            });
        } catch (OptimisticLockingFailureException e) {
            throw reads.execute(status -> {
                Topic topic = find(slug);
                return new EditConflictException(slug, topic.getVersion(), lastSave(slug), null);
            });
        }
    }

    private void change(Topic topic, TopicDraft draft, ChangeKind kind, RevisionAuthor author, String summary) {
        Subject subject = Subject.topic(topic.getSlug());
        revisions.recordUnrecordedState(subject, writer.write(topic.toDraft()));
        topic.editInSite(draft, category(draft), clock.instant());
        topics.flush();
        revisions.record(subject, kind, author, summary, writer.write(draft));
        events.publishEvent(new TopicsChangedEvent(Set.of(topic.getSlug())));
    }

    private EditConflictException conflict(Topic topic, TopicDraft theirs) {
        TextDiff diff = TextDiff.between(writer.write(topic.toDraft()), writer.write(theirs));
        return new EditConflictException(topic.getSlug(), topic.getVersion(), lastSave(topic.getSlug()), diff);
    }

    private RevisionHeader lastSave(String slug) {
        return revisions.latest(Subject.topic(slug)).map(Revision::header).orElse(null);
    }

    private Topic find(String slug) {
        return topics.findBySlug(slug).orElseThrow(() -> new TopicNotFoundException("topic " + slug));
    }

    private Category category(TopicDraft draft) {
        return categories.findBySlug(draft.categorySlug())
                .orElseThrow(() -> new IllegalStateException("checked category vanished: " + draft.categorySlug()));
    }

    private Set<String> categorySlugs() {
        Set<String> slugs = new HashSet<>();
        categories.findAll().forEach(category -> slugs.add(category.getSlug()));
        return slugs;
    }

    /**
     * The slugs a topic may list as related: every other topic, and the related slugs it already has,
     * since a deleted topic's link merely disappears from the page and must not block the next save.
     */
    private Set<String> relatable(Topic topic) {
        Set<String> slugs = new HashSet<>(topics.findAllSlugs());
        slugs.addAll(topic.getRelatedSlugs());
        slugs.remove(topic.getSlug());
        return slugs;
    }

}
