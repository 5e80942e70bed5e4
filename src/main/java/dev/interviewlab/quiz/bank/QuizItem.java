package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A question of the bank, in English and Chinese, with its answer and an explanation that teaches. */
// an attempt's questions load their items in one query rather than one each
@BatchSize(size = 64)
@Entity
@Table(name = "quiz_item")
public class QuizItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_key")
    private String key;

    private String topicSlug;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private ItemType type;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "prompt_en", length = 20_000)),
            @AttributeOverride(name = "zh", column = @Column(name = "prompt_zh", length = 20_000))})
    private LocalizedText prompt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "explanation_en", length = 50_000)),
            @AttributeOverride(name = "zh", column = @Column(name = "explanation_zh", length = 50_000))})
    private LocalizedText explanation;

    private Boolean trueFalseAnswer;

    private String sourceLocation;

    private String contentHash;

    private boolean edited;

    private boolean retired;

    private Instant updatedAt;

    @Version
    private long version;

    // a quiz page shows several items; their options load in one query instead of one per item
    @BatchSize(size = 64)
    @ElementCollection
    @CollectionTable(name = "quiz_item_option", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<ItemOption> options = new ArrayList<>();

    @BatchSize(size = 64)
    @ElementCollection
    @CollectionTable(name = "quiz_item_accepted", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "answer")
    private List<String> accepted = new ArrayList<>();

    @BatchSize(size = 64)
    @ElementCollection
    @CollectionTable(name = "quiz_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    protected QuizItem() {
    }

    public static QuizItem builtIn(ItemDraft draft, String sourceLocation, String contentHash, Instant now) {
        QuizItem item = new QuizItem();
        item.apply(draft, sourceLocation, contentHash, now);
        return item;
    }

    /** A newer version of its file; callers check {@link #acceptsBuiltInUpdates()} first. */
    public void updateFromBuiltIn(ItemDraft draft, String sourceLocation, String contentHash, Instant now) {
        apply(draft, sourceLocation, contentHash, now);
    }

    /** A change made in the site; from now on the loader leaves this item alone. */
    public void markEditedInSite(Instant now) {
        edited = true;
        updatedAt = now;
    }

    /** An item written in the site's editor; no file has it, so the loader never touches it. */
    public static QuizItem createdInSite(ItemDraft draft, Instant now) {
        QuizItem item = new QuizItem();
        item.apply(draft, null, null, now);
        item.edited = true;
        return item;
    }

    /**
     * An editor's change: the draft replaces the texts, options and answer (its type is the item's:
     * past attempts stored responses of that type). The item keeps the file it came from, but the
     * loader leaves it alone from now on; a retired item stays retired.
     */
    public void editInSite(ItemDraft draft, Instant now) {
        if (draft.type() != type || !draft.key().equals(key)) {
            throw new IllegalArgumentException("an edit keeps the item's key and type");
        }
        boolean wasRetired = retired;
        apply(draft, sourceLocation, contentHash, now);
        retired = wasRetired;
        edited = true;
    }

    /** The item as an editor or a revision sees it. */
    public ItemDraft draft() {
        return new ItemDraft(key, topicSlug, type, difficulty, tags.stream().sorted().toList(), prompt,
                options, trueFalseAnswer, accepted, explanation);
    }

    public boolean acceptsBuiltInUpdates() {
        return !edited;
    }

    /** The item left its file: old results still show it, new quizzes never draw it. */
    public void retire(Instant now) {
        retired = true;
        updatedAt = now;
    }

    /** An editor retired it: it stays retired whatever its file says later. */
    public void retireInSite(Instant now) {
        retired = true;
        edited = true;
        updatedAt = now;
    }

    /** Drawn into quizzes again, as an editor restored it; the loader still leaves it alone. */
    public void reinstate(Instant now) {
        retired = false;
        edited = true;
        updatedAt = now;
    }

    private void apply(ItemDraft draft, String sourceLocation, String contentHash, Instant now) {
        this.key = draft.key();
        this.topicSlug = draft.topicSlug();
        this.type = draft.type();
        this.difficulty = draft.difficulty();
        this.prompt = draft.prompt();
        this.explanation = draft.explanation();
        this.trueFalseAnswer = draft.trueFalseAnswer();
        if (!options.equals(draft.options())) {
            options.clear();
            options.addAll(draft.options());
        }
        if (!accepted.equals(draft.accepted())) {
            accepted.clear();
            accepted.addAll(draft.accepted());
        }
        if (!tags.equals(new LinkedHashSet<>(draft.tags()))) {
            tags.clear();
            tags.addAll(draft.tags());
        }
        this.sourceLocation = sourceLocation;
        this.contentHash = contentHash;
        this.retired = false;
        this.updatedAt = now;
    }

    public AnswerKey answerKey() {
        return switch (type) {
            case SINGLE -> new AnswerKey.Single(options.stream().filter(ItemOption::correct)
                    .map(ItemOption::key).findFirst().orElseThrow());
            case MULTIPLE -> new AnswerKey.Multiple(options.stream().filter(ItemOption::correct)
                    .map(ItemOption::key).collect(Collectors.toSet()));
            case TRUE_FALSE -> new AnswerKey.TrueFalse(trueFalseAnswer);
            case FILL_IN -> new AnswerKey.FillIn(accepted);
            case ORDERING -> new AnswerKey.Ordering(options.stream().map(ItemOption::key).toList());
        };
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getTopicSlug() {
        return topicSlug;
    }

    public ItemType getType() {
        return type;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public LocalizedText getPrompt() {
        return prompt;
    }

    public LocalizedText getExplanation() {
        return explanation;
    }

    public List<ItemOption> getOptions() {
        return List.copyOf(options);
    }

    public List<String> getAccepted() {
        return List.copyOf(accepted);
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public String getSourceLocation() {
        return sourceLocation;
    }

    public String getContentHash() {
        return contentHash;
    }

    public boolean isEdited() {
        return edited;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
