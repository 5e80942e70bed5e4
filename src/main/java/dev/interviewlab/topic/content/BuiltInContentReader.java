package dev.interviewlab.topic.content;

import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.TopicDraft;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the built-in content from the classpath ({@code classpath:db/content}, inside the jar) and
 * checks it as a whole: unique slugs, known categories, related topics that exist.
 */
public final class BuiltInContentReader {

    public static final String DEFAULT_LOCATION = "classpath:db/content";

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final TopicFileParser topicParser = new TopicFileParser();
    private final CategoryFileParser categoryParser = new CategoryFileParser();
    private final String location;

    public BuiltInContentReader(String location) {
        this.location = location;
    }

    public BuiltInContent read() {
        List<Category> categories = categoryParser.parse("categories.yaml",
                new String(ContentBytes.read(resolver.getResource(location + "/categories.yaml")), StandardCharsets.UTF_8));
        List<BuiltInContent.TopicFile> topics = new ArrayList<>();
        for (Resource resource : topicResources()) {
            String path = "topics/" + resource.getFilename();
            byte[] bytes = ContentBytes.read(resource);
            TopicDraft draft = topicParser.parse(path, new String(bytes, StandardCharsets.UTF_8));
            topics.add(new BuiltInContent.TopicFile(path, ContentBytes.sha256(bytes), draft));
        }
        checkReferences(categories, topics);
        return new BuiltInContent(categories, topics);
    }

    private List<Resource> topicResources() {
        try {
            List<Resource> resources = new ArrayList<>(List.of(resolver.getResources(location + "/topics/*.md")));
            resources.sort(Comparator.comparing(Resource::getFilename));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location + "/topics", e);
        }
    }

    private static void checkReferences(List<Category> categories, List<BuiltInContent.TopicFile> topics) {
        Set<String> categorySlugs = categories.stream().map(Category::getSlug).collect(Collectors.toSet());
        Set<String> topicSlugs = new HashSet<>();
        for (BuiltInContent.TopicFile topic : topics) {
            if (!topicSlugs.add(topic.draft().slug())) {
                throw new ContentException(topic.path(), "duplicate slug '" + topic.draft().slug() + "'");
            }
            if (!categorySlugs.contains(topic.draft().categorySlug())) {
                throw new ContentException(topic.path(), "unknown category '" + topic.draft().categorySlug()
                        + "'; categories.yaml has " + categorySlugs);
            }
        }
        for (BuiltInContent.TopicFile topic : topics) {
            for (String related : topic.draft().related()) {
                if (!topicSlugs.contains(related)) {
                    throw new ContentException(topic.path(), "related topic '" + related + "' does not exist");
                }
            }
        }
    }
}
