package dev.interviewlab.quiz.editing;

import dev.interviewlab.quiz.attempt.AttemptQuestionRepository;
import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemListing;
import dev.interviewlab.quiz.bank.ItemRules;
import dev.interviewlab.quiz.bank.ItemYaml;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.revision.ChangeKind;
import dev.interviewlab.revision.Revision;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.revision.RevisionHeader;
import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.revision.Subject;
import dev.interviewlab.revision.TextDiff;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicSummary;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Editors create, change, retire and restore quiz items. Every save is checked by the rules of the
 * item files, marks the item as edited in the site (the bank loader then keeps it as it is), records
 * a revision (the item in the item-file format, so revisions diff line by line) and tells the
 * bank's caches. Items are never deleted: past attempts keep pointing at them.
 */
@Service
@Transactional(readOnly = true)
public class ItemEditing {

    /** Which attempts drew an item, for the page that asks before retiring it. */
    public record RetireCheck(ItemDraft item, boolean retired, long attempts) {
    }

    static final int MAX_SUMMARY = 300;

    private final QuizItemRepository items;
    private final TopicRepository topics;
    private final AttemptQuestionRepository attemptQuestions;
    private final RevisionService revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ItemEditing(QuizItemRepository items, TopicRepository topics, AttemptQuestionRepository attemptQuestions,
                       RevisionService revisions, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.topics = topics;
        this.attemptQuestions = attemptQuestions;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** One query, however many items; null or blank means every topic. */
    public List<ItemListing> list(String topicSlug) {
        return topicSlug == null || topicSlug.isBlank() ? items.findListing() : items.findListing(topicSlug);
    }

    public List<TopicSummary> topics() {
        return topics.findAllSummaries();
    }

    public ItemForm form(String key) {
        QuizItem item = item(key);
        return ItemForm.of(item.draft(), item.getVersion());
    }

    /** The item as saved now and its version: what a conflict shows, and the version to overwrite knowingly. */
    public record Current(ItemDraft item, long version) {
    }

    public Current current(String key) {
        QuizItem item = item(key);
        return new Current(item.draft(), item.getVersion());
    }

    public boolean isRetired(String key) {
        return item(key).isRetired();
    }

    /**
     * @return the new item's key
     * @throws InvalidInputException naming every field that breaks a rule; nothing is saved
     */
    @Transactional
    public String create(ItemForm form, RevisionAuthor author) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ItemRules.isKey(form.getKey().strip()) && items.findByKey(form.getKey().strip()).isPresent()) {
            problems.add(FieldProblem.of("key", "quizediting.key.taken", form.getKey().strip()));
        }
        ItemDraft draft = checked(form, problems);
        QuizItem item;
        try {
            item = items.saveAndFlush(QuizItem.createdInSite(draft, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // another editor created the same id since the check above: uk_quiz_item_key refused this one
            throw new InvalidInputException(List.of(FieldProblem.of("key", "quizediting.key.taken", draft.key())));
        }
        revisions.record(subject(item), ChangeKind.CREATED, author, form.getSummary(), ItemYaml.write(draft));
        events.publishEvent(new BankChangedEvent());
        return item.getKey();
    }

    /**
     * @throws InvalidInputException naming every field that breaks a rule; nothing is saved
     * @throws StaleItemException    when someone saved the item since the form was opened; nothing is saved
     */
    @Transactional
    public void update(String key, ItemForm form, RevisionAuthor author) {
        QuizItem item = item(key);
        List<FieldProblem> problems = new ArrayList<>();
        if (!item.getKey().equals(form.getKey().strip())) {
            problems.add(FieldProblem.of("key", "quizediting.key.fixed"));
        }
        if (form.itemType() != null && form.itemType() != item.getType()) {
            problems.add(FieldProblem.of("type", "quizediting.type.fixed"));
        }
        ItemDraft draft = checked(form, problems);
        if (form.getVersion() == null || form.getVersion() != item.getVersion()) {
            throw new StaleItemException(key, draft);
        }
        revisions.recordUnrecordedState(subject(item), ItemYaml.write(item.draft()));
        item.editInSite(draft, clock.instant());
        revisions.record(subject(item), ChangeKind.EDITED, author, form.getSummary(), ItemYaml.write(item.draft()));
        try {
            items.flush(); // the version check against a save that committed since this transaction read the item
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleItemException(key, draft); // this persistence context is spoilt: the caller reads again
        }
        events.publishEvent(new BankChangedEvent());
    }

    public RetireCheck retireCheck(String key) {
        QuizItem item = item(key);
        return new RetireCheck(item.draft(), item.isRetired(), attemptQuestions.countAttemptsWithItem(item.getId()));
    }

    /** New quizzes never draw it again; past results still show it. */
    @Transactional
    public void retire(String key, RevisionAuthor author) {
        QuizItem item = item(key);
        if (!item.isRetired()) {
            String snapshot = ItemYaml.write(item.draft());
            revisions.recordUnrecordedState(subject(item), snapshot);
            item.retireInSite(clock.instant());
            revisions.record(subject(item), ChangeKind.DELETED, author, "", snapshot);
            events.publishEvent(new BankChangedEvent());
        }
    }

    /** Newest first. */
    public List<RevisionHeader> history(String key) {
        return revisions.history(subject(item(key)));
    }

    public Revision revision(String key, int number) {
        return revisions.get(subject(item(key)), number);
    }

    public TextDiff diff(String key, int from, int to) {
        return revisions.diff(subject(item(key)), from, to);
    }

    /**
     * Brings back the state of an older revision as a new revision; a retired item returns to the
     * bank. The type cannot differ (it never changes), but the topic may have gone meanwhile.
     *
     * @throws InvalidInputException naming the topic when the revision's topic no longer exists
     */
    @Transactional
    public void restore(String key, int number, RevisionAuthor author) {
        QuizItem item = item(key);
        ItemDraft draft = ItemYaml.read(revisions.get(subject(item), number).snapshot());
        if (!topics.existsBySlug(draft.topicSlug())) {
            throw new InvalidInputException(List.of(FieldProblem.of("topicSlug", "quizediting.restore.topicGone", draft.topicSlug())));
        }
        revisions.recordUnrecordedState(subject(item), ItemYaml.write(item.draft()));
        item.editInSite(draft, clock.instant());
        item.reinstate(clock.instant());
        revisions.record(subject(item), ChangeKind.RESTORED, author, "#" + number, ItemYaml.write(item.draft()));
        events.publishEvent(new BankChangedEvent());
    }

    private static Subject subject(QuizItem item) {
        return Subject.quizItem(item.getKey());
    }

    private QuizItem item(String key) {
        return items.findByKey(key).orElseThrow(() -> new ItemNotFoundException(key));
    }

    /** The form checked by the bank's rules, plus what only the site can check: its topic exists. */
    private ItemDraft checked(ItemForm form, List<FieldProblem> problems) {
        if (form.getSummary().length() > MAX_SUMMARY) {
            problems.add(FieldProblem.of("summary", "quizediting.summary.tooLong", MAX_SUMMARY));
        }
        String topic = form.getTopicSlug() == null ? "" : form.getTopicSlug().strip();
        if (!topics.existsBySlug(topic)) {
            problems.add(FieldProblem.of("topicSlug", "quizediting.topic.unknown"));
        }
        ItemDraft draft = null;
        try {
            draft = ItemRules.check(topic, form.itemFields());
        } catch (ItemRules.BrokenRules broken) {
            broken.problems().forEach(problem -> problems.add(new FieldProblem(form.formField(problem.field()),
                    "quizediting.rule." + problem.code(), problem.arguments())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return draft;
    }
}
