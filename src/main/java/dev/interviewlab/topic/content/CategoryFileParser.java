package dev.interviewlab.topic.content;

import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code db/content/categories.yaml}: a list of categories with names in both languages. */
public final class CategoryFileParser {

    public List<Category> parse(String file, String yaml) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new ContentException(file, "not valid YAML: " + e.getMessage());
        }
        if (!(parsed instanceof List<?> entries)) {
            throw new ContentException(file, "must be a list of categories");
        }
        List<Category> categories = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new ContentException(file, "each category must be a set of fields");
            }
            String slug = String.valueOf(fields.get("slug"));
            if (!slugs.add(slug)) {
                throw new ContentException(file, "duplicate category slug '" + slug + "'");
            }
            if (!(fields.get("position") instanceof Integer position)) {
                throw new ContentException(file, "category '" + slug + "' needs a whole-number position");
            }
            categories.add(new Category(slug, position,
                    localized(file, slug, fields.get("name")), localized(file, slug, fields.get("description"))));
        }
        return categories;
    }

    private static LocalizedText localized(String file, String slug, Object value) {
        if (value instanceof Map<?, ?> map && map.get("en") instanceof String en && map.get("zh") instanceof String zh) {
            return new LocalizedText(en, zh);
        }
        throw new ContentException(file, "category '" + slug + "' needs its name and description in 'en' and 'zh'");
    }
}
