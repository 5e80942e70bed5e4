package dev.interviewlab.topic.editing;

import dev.interviewlab.topic.TopicDraft;

import java.util.Locale;

/**
 * The topic editor's form, as typed: {@link TopicDrafts#check} turns it into a {@link TopicDraft} or
 * field errors. Tags and related topics are comma-separated slugs.
 */
public class TopicForm {

    private String slug = "";
    private String categorySlug = "";
    private String difficulty = "";
    private String titleEn = "";
    private String titleZh = "";
    private String summaryEn = "";
    private String summaryZh = "";
    private String bodyEn = "";
    private String bodyZh = "";
    private String tags = "";
    private String related = "";
    /** "What changed", stored with the revision. */
    private String changeSummary = "";
    /** The topic's version when the form was loaded; null when creating. */
    private Long version;

    /** The form filled with a stored topic, ready to edit. */
    static TopicForm of(TopicDraft draft, long version) {
        TopicForm form = new TopicForm();
        form.slug = draft.slug();
        form.categorySlug = draft.categorySlug();
        form.difficulty = draft.difficulty().name().toLowerCase(Locale.ROOT);
        form.titleEn = draft.title().en();
        form.titleZh = draft.title().zh();
        form.summaryEn = draft.summary().en();
        form.summaryZh = draft.summary().zh();
        form.bodyEn = draft.body().en();
        form.bodyZh = draft.body().zh();
        form.tags = String.join(", ", draft.tags());
        form.related = String.join(", ", draft.related());
        form.version = version;
        return form;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public void setCategorySlug(String categorySlug) {
        this.categorySlug = categorySlug;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getSummaryZh() {
        return summaryZh;
    }

    public void setSummaryZh(String summaryZh) {
        this.summaryZh = summaryZh;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getBodyZh() {
        return bodyZh;
    }

    public void setBodyZh(String bodyZh) {
        this.bodyZh = bodyZh;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public void setChangeSummary(String changeSummary) {
        this.changeSummary = changeSummary;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
