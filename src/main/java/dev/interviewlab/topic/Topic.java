package dev.interviewlab.topic;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))})
    private LocalizedText summary;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "body_en", length = 1_000_000)),
            @AttributeOverride(name = "zh", column = @Column(name = "body_zh", length = 1_000_000))})
    private LocalizedText body;

    private String simulation;

    @Enumerated(EnumType.STRING)
    private TopicOrigin origin;

    private String contentHash;

    private boolean edited;

    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "topic_tag", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "topic_related", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "related_slug")
    private Set<String> relatedSlugs = new LinkedHashSet<>();

    protected Topic() {
    }

    public static Topic builtIn(TopicDraft draft, Category category, String contentHash, Instant now) {
        Topic topic = new Topic();
        topic.origin = TopicOrigin.BUILT_IN;
        topic.apply(draft, category, now);
        topic.contentHash = contentHash;
        return topic;
    }

    public static Topic imported(TopicDraft draft, Category category, Instant now) {
        Topic topic = new Topic();
        topic.origin = TopicOrigin.IMPORTED;
        topic.apply(draft, category, now);
        return topic;
    }

    /** A topic written in the site's editor; the built-in loader never touches it. */
    public static Topic createdInSite(TopicDraft draft, Category category, Instant now) {
        Topic topic = new Topic();
        topic.origin = TopicOrigin.EDITOR;
        topic.apply(draft, category, now);
        topic.edited = true;
        return topic;
    }

    /**
     * An editor's change (a save or a restored revision); the slug stays. From now on the built-in
     * loader leaves this topic alone.
     */
    public void editInSite(TopicDraft draft, Category category, Instant now) {
        if (!draft.slug().equals(slug)) {
            throw new IllegalArgumentException("a topic keeps its slug: " + slug + " is not " + draft.slug());
        }
        apply(draft, category, now);
        edited = true;
    }

    /** This topic's content in the shape the loader, the importer and the editor share. */
    public TopicDraft toDraft() {
        return new TopicDraft(slug, category.getSlug(), difficulty, title, summary, body,
                List.copyOf(tags), List.copyOf(relatedSlugs), simulation);
    }

    /** A newer version of the built-in file; callers check {@link #acceptsBuiltInUpdates()} first. */
    public void updateFromBuiltIn(TopicDraft draft, Category category, String contentHash, Instant now) {
        apply(draft, category, now);
        this.contentHash = contentHash;
    }

    /** A re-import of an imported note replaces its content; built-in topics are never imported over. */
    public void updateFromImport(TopicDraft draft, Category category, Instant now) {
        if (origin != TopicOrigin.IMPORTED) {
            throw new IllegalStateException("only imported topics can be re-imported: " + slug);
        }
        apply(draft, category, now);
    }

    /** A change made in the site (the editors' forms); from now on the built-in loader leaves this topic alone. */
    public void markEditedInSite(Instant now) {
        edited = true;
        updatedAt = now;
    }

    /** Built-in topics follow their file until someone changes them in the site. */
    public boolean acceptsBuiltInUpdates() {
        return origin == TopicOrigin.BUILT_IN && !edited;
    }

    private void apply(TopicDraft draft, Category category, Instant now) {
        this.slug = draft.slug();
        this.category = category;
        this.difficulty = draft.difficulty();
        this.title = draft.title();
        this.summary = draft.summary();
        this.body = draft.body();
        this.simulation = draft.simulation();
        this.tags.clear();
        this.tags.addAll(draft.tags());
        this.relatedSlugs.clear();
        this.relatedSlugs.addAll(draft.related());
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Category getCategory() {
        return category;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public LocalizedText getBody() {
        return body;
    }

    public String getSimulation() {
        return simulation;
    }

    public TopicOrigin getOrigin() {
        return origin;
    }

    public String getContentHash() {
        return contentHash;
    }

    public boolean isEdited() {
        return edited;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<String> getTags() {
        return tags;
    }

    public Set<String> getRelatedSlugs() {
        return relatedSlugs;
    }
}
