package dev.interviewlab.topic.editing;

import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.diagram.DiagramException;
import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an editor's {@link TopicForm} and turns it into a {@link TopicDraft}, collecting every
 * problem at once. The bounds keep a topic within its columns and a saved topic within what the
 * built-in file format (and so a revision) can hold: a body may not contain a language marker line.
 */
final class TopicDrafts {

    static final int MAX_SLUG = 160;
    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2_000;
    /** Per language; the longest built-in note is about 26 000 characters. */
    static final int MAX_BODY = 100_000;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 60;
    static final int MAX_RELATED = 20;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_MARKER = Pattern.compile("(?m)^<!--\\s*lang:(en|zh)\\s*-->\\s*$");

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private TopicDrafts() {
    }

    /**
     * @param slug        the topic's slug when editing (the form's slug is then ignored); null when creating
     * @param categories  the slugs of every category
     * @param topics      the slugs of every topic (related topics must exist; a new slug must be free)
     * @param simulation  the topic's simulation, kept as it is (the form does not change it)
     * @throws InvalidInputException with a problem per bad field
     */
    static TopicDraft check(TopicForm form, String slug, Set<String> categories, Set<String> topics, String simulation) {
        List<FieldProblem> problems = new ArrayList<>();
        String finalSlug = slug;
        if (slug == null) {
            finalSlug = text(form.getSlug());
            if (finalSlug.isEmpty()) {
                problems.add(FieldProblem.of("slug", "editing.error.required"));
            } else if (finalSlug.length() > MAX_SLUG || !SLUG.matcher(finalSlug).matches()) {
                problems.add(FieldProblem.of("slug", "editing.error.slug", MAX_SLUG));
            } else if (topics.contains(finalSlug)) {
                problems.add(FieldProblem.of("slug", "editing.error.slugTaken", finalSlug));
            }
        }
        String category = text(form.getCategorySlug());
        if (!categories.contains(category)) {
            problems.add(FieldProblem.of("categorySlug", "editing.error.category"));
        }
        Difficulty difficulty = null;
        try {
            difficulty = Difficulty.parse(text(form.getDifficulty()));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("difficulty", "editing.error.difficulty"));
        }
        LocalizedText title = localized(problems, "title", form.getTitleEn(), form.getTitleZh(), MAX_TITLE);
        LocalizedText summary = localized(problems, "summary", form.getSummaryEn(), form.getSummaryZh(), MAX_SUMMARY);
        LocalizedText body = localized(problems, "body", form.getBodyEn(), form.getBodyZh(), MAX_BODY);
        if (body != null) {
            if (LANGUAGE_MARKER.matcher(body.en()).find()) {
                problems.add(FieldProblem.of("bodyEn", "editing.error.marker"));
            }
            if (LANGUAGE_MARKER.matcher(body.zh()).find()) {
                problems.add(FieldProblem.of("bodyZh", "editing.error.marker"));
            }
            figures(problems, "bodyEn", body.en());
            figures(problems, "bodyZh", body.zh());
        }
        List<String> tags = slugs(problems, "tags", form.getTags(), MAX_TAGS, MAX_TAG);
        List<String> related = slugs(problems, "related", form.getRelated(), MAX_RELATED, MAX_SLUG);
        for (String other : related) {
            if (other.equals(finalSlug)) {
                problems.add(FieldProblem.of("related", "editing.error.relatedSelf"));
            } else if (!topics.contains(other)) {
                problems.add(FieldProblem.of("related", "editing.error.relatedUnknown", other));
            }
        }
        if (text(form.getChangeSummary()).length() > RevisionService.MAX_SUMMARY_LENGTH) {
            problems.add(FieldProblem.of("changeSummary", "editing.error.tooLong", RevisionService.MAX_SUMMARY_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TopicDraft(finalSlug, category, difficulty, title, summary, body, tags, related, simulation);
    }

    /** A figure that cannot be drawn is the body's problem, naming the line. */
    private static void figures(List<FieldProblem> problems, String field, String body) {
        try {
            MARKDOWN.checkDiagrams(body);
        } catch (DiagramException e) {
            problems.add(new FieldProblem(field, e.messageKey(), e.arguments()));
        }
    }

    private static LocalizedText localized(List<FieldProblem> problems, String field, String en, String zh, int max) {
        String enText = text(en);
        String zhText = text(zh);
        int before = problems.size();
        check(problems, field + "En", enText, max);
        check(problems, field + "Zh", zhText, max);
        return problems.size() == before ? new LocalizedText(enText, zhText) : null;
    }

    private static void check(List<FieldProblem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, "editing.error.required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "editing.error.tooLong", max));
        }
    }

    private static List<String> slugs(List<FieldProblem> problems, String field, String value, int maxCount, int maxLength) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String part : text(value).split("[,\\s]+")) {
            String slug = part.strip().toLowerCase(Locale.ROOT);
            if (slug.isEmpty()) {
                continue;
            }
            if (slug.length() > maxLength || !SLUG.matcher(slug).matches()) {
                problems.add(FieldProblem.of(field, "editing.error.slugList", part.length() > 40 ? part.substring(0, 40) + "…" : part));
                return List.of();
            }
            slugs.add(slug);
        }
        if (slugs.size() > maxCount) {
            problems.add(FieldProblem.of(field, "editing.error.tooMany", maxCount));
            return List.of();
        }
        return List.copyOf(slugs);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }
}
