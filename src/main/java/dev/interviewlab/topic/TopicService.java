package dev.interviewlab.topic;

import dev.interviewlab.markdown.RenderedMarkdown;
import dev.interviewlab.markdown.TocEntry;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading topics and categories for pages and the JSON API. */
@Service
@Transactional(readOnly = true)
public class TopicService {

    private final TopicRepository topics;
    private final CategoryRepository categories;
    private final RenderedTopicCache renderedBodies;

    public TopicService(TopicRepository topics, CategoryRepository categories, RenderedTopicCache renderedBodies) {
        this.topics = topics;
        this.categories = categories;
        this.renderedBodies = renderedBodies;
    }

    /** All categories in order, each with its topics; categories without topics are left out. Two queries. */
    public List<CategoryListing> catalogue(Language language) {
        Map<String, List<TopicSummary>> byCategory = topics.findAllSummaries().stream()
                .collect(Collectors.groupingBy(TopicSummary::categorySlug, LinkedHashMap::new, Collectors.toList()));
        List<CategoryListing> listings = new ArrayList<>();
        for (Category category : categories.findAllByOrderByPositionAscSlugAsc()) {
            List<TopicSummary> inCategory = byCategory.get(category.getSlug());
            if (inCategory != null) {
                listings.add(listing(category, inCategory, language));
            }
        }
        return listings;
    }

    public CategoryListing category(String slug, Language language) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> new TopicNotFoundException("category " + slug));
        return listing(category, topics.findSummariesByCategorySlug(slug), language);
    }

    public TopicPage page(String slug, Language language) {
        Topic topic = topics.findBySlug(slug).orElseThrow(() -> new TopicNotFoundException("topic " + slug));
        List<TopicSummary> siblings = topics.findSummariesByCategorySlug(topic.getCategory().getSlug());
        int index = indexOf(siblings, slug);
        Map<String, TopicSummary> relatedBySlug = topics.findSummariesBySlugIn(topic.getRelatedSlugs()).stream()
                .collect(Collectors.toMap(TopicSummary::slug, Function.identity()));
        List<TopicLink> related = topic.getRelatedSlugs().stream()
                .map(relatedBySlug::get)
                .filter(Objects::nonNull) // a related topic may have been removed
                .map(summary -> link(summary, language))
                .toList();
        return new TopicPage(
                topic.getSlug(),
                topic.getTitle().in(language),
                topic.getSummary().in(language),
                topic.getDifficulty(),
                topic.getCategory().getSlug(),
                topic.getCategory().getName().in(language),
                topic.getTags().stream().sorted().toList(),
                topic.getUpdatedAt(),
                renderedBodies.body(topic, language),
                related,
                index > 0 ? link(siblings.get(index - 1), language) : null,
                index >= 0 && index < siblings.size() - 1 ? link(siblings.get(index + 1), language) : null,
                topic.getOrigin() == TopicOrigin.IMPORTED,
                topic.getSimulation());
    }

    /** One note as its print view shows it. */
    public PrintedNote printedNote(String slug, Language language) {
        Topic topic = topics.findBySlug(slug).orElseThrow(() -> new TopicNotFoundException("topic " + slug));
        return printed(topic, language);
    }

    /** Every note of a category, in the order of the category's page, for its print view. Two queries. */
    public PrintedCategory printedCategory(String slug, Language language) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> new TopicNotFoundException("category " + slug));
        // each note's ids get its slug as a prefix: two notes' "#summary" headings or figures must not collide
        List<PrintedNote> notes = topics.findByCategorySlugOrderBySlug(slug).stream()
                .map(topic -> printed(topic, language)).map(TopicService::withScopedIds).toList();
        return new PrintedCategory(category.getSlug(), category.getName().in(language),
                category.getDescription().in(language), notes);
    }

    private static PrintedNote withScopedIds(PrintedNote note) {
        RenderedMarkdown body = note.body();
        String prefix = note.slug() + "--";
        List<TocEntry> toc = body.tableOfContents().stream()
                .map(entry -> new TocEntry(entry.level(), prefix + entry.anchor(), entry.text())).toList();
        return new PrintedNote(note.slug(), note.title(), note.summary(), note.categoryName(), note.updatedAt(),
                new RenderedMarkdown(IdScope.scoped(body.html(), prefix), toc, body.plainText()));
    }

    private PrintedNote printed(Topic topic, Language language) {
        return new PrintedNote(topic.getSlug(), topic.getTitle().in(language), topic.getSummary().in(language),
                topic.getCategory().getName().in(language), topic.getUpdatedAt(), renderedBodies.body(topic, language));
    }

    /** Every topic, for {@code GET /api/topics}. One query for the topics and one for the tags. */
    public List<TopicApiEntry> apiListing(Language language) {
        Map<String, List<String>> tags = new HashMap<>();
        for (Object[] row : topics.findAllTags()) {
            tags.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add((String) row[1]);
        }
        return topics.findAllSummaries().stream()
                .map(summary -> new TopicApiEntry(summary.slug(), summary.title().in(language),
                        summary.summary().in(language), summary.categorySlug(), summary.categoryName().in(language),
                        summary.difficulty().name().toLowerCase(Locale.ROOT),
                        tags.getOrDefault(summary.slug(), List.of()).stream().sorted().toList()))
                .toList();
    }

    private static int indexOf(List<TopicSummary> siblings, String slug) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    private static CategoryListing listing(Category category, List<TopicSummary> summaries, Language language) {
        return new CategoryListing(category.getSlug(), category.getName().in(language),
                category.getDescription().in(language),
                summaries.stream().sorted(Comparator.comparing(TopicSummary::slug)).map(s -> link(s, language)).toList());
    }

    private static TopicLink link(TopicSummary summary, Language language) {
        return new TopicLink(summary.slug(), summary.title().in(language), summary.summary().in(language),
                summary.difficulty());
    }
}
