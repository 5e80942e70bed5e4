package dev.interviewlab.topic.content;

import dev.interviewlab.markdown.FrontMatter;
import dev.interviewlab.markdown.FrontMatterException;
import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.markdown.diagram.DiagramException;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.TopicDraft;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one built-in topic file: front matter with both languages, then an English body after
 * {@code <!-- lang:en -->} and a Chinese body after {@code <!-- lang:zh -->} (see db/content/README.md).
 */
public final class TopicFileParser {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_MARKER = Pattern.compile("(?m)^<!--\\s*lang:(en|zh)\\s*-->\\s*$");
    private static final Set<String> SIMULATIONS = Set.of("tcp", "cache", "git");

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public TopicDraft parse(String file, String text) {
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.parse(text);
        } catch (FrontMatterException e) {
            throw new ContentException(file, e.getMessage() + " (line " + e.line() + ")");
        }
        Map<String, Object> fields = frontMatter.fields();
        String slug = requireString(file, fields, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new ContentException(file, "slug '" + slug + "' must be lower-case ASCII words joined by '-'");
        }
        if (!file.endsWith("/" + slug + ".md") && !file.equals(slug + ".md")) {
            throw new ContentException(file, "file name must be the slug: " + slug + ".md");
        }
        Difficulty difficulty;
        try {
            difficulty = Difficulty.parse(requireString(file, fields, "difficulty"));
        } catch (IllegalArgumentException e) {
            throw new ContentException(file, e.getMessage());
        }
        String simulation = optionalString(fields, "simulation");
        if (simulation != null && !SIMULATIONS.contains(simulation)) {
            throw new ContentException(file, "simulation must be one of " + SIMULATIONS + ", not '" + simulation + "'");
        }
        return new TopicDraft(
                slug,
                requireString(file, fields, "category"),
                difficulty,
                localized(file, fields, "title"),
                localized(file, fields, "summary"),
                bodies(file, frontMatter.body(), frontMatter.bodyLine()),
                slugList(file, fields, "tags"),
                slugList(file, fields, "related"),
                simulation);
    }

    private LocalizedText bodies(String file, String body, int bodyLine) {
        Matcher marker = LANGUAGE_MARKER.matcher(body);
        if (!marker.find() || !marker.group(1).equals("en")) {
            throw new ContentException(file, "body must start with a '<!-- lang:en -->' line");
        }
        int enStart = marker.end();
        if (!body.substring(0, marker.start()).isBlank()) {
            throw new ContentException(file, "text before '<!-- lang:en -->' belongs to no language");
        }
        if (!marker.find() || !marker.group(1).equals("zh")) {
            throw new ContentException(file, "the English body must be followed by a '<!-- lang:zh -->' line");
        }
        String en = body.substring(enStart, marker.start()).strip();
        int zhStart = marker.end();
        String zh = body.substring(zhStart).strip();
        if (marker.find()) {
            throw new ContentException(file, "each language marker may appear only once");
        }
        if (en.isEmpty() || zh.isEmpty()) {
            throw new ContentException(file, "both the English and the Chinese body must have text");
        }
        checkFigures(file, en, bodyLine + lineOf(body, body.indexOf(en, enStart)));
        checkFigures(file, zh, bodyLine + lineOf(body, body.indexOf(zh, zhStart)));
        return new LocalizedText(en, zh);
    }

    /** The 0-based line of a position in a text. */
    private static int lineOf(String text, int position) {
        int lines = 0;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** @param firstLine the line of the file the body starts on */
    private void checkFigures(String file, String body, int firstLine) {
        try {
            markdown.checkDiagrams(body);
        } catch (DiagramException e) {
            throw new ContentException(file, e.shifted(firstLine - 1).getMessage());
        }
    }

    private static String requireString(String file, Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ContentException(file, "front matter needs a text field '" + key + "'");
        }
        return text.strip();
    }

    private static String optionalString(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value == null ? null : String.valueOf(value).strip();
    }

    private static LocalizedText localized(String file, Map<String, Object> fields, String key) {
        if (!(fields.get(key) instanceof Map<?, ?> map)) {
            throw new ContentException(file, "'" + key + "' needs an 'en' and a 'zh' text");
        }
        Object en = map.get("en");
        Object zh = map.get("zh");
        if (!(en instanceof String enText) || enText.isBlank() || !(zh instanceof String zhText) || zhText.isBlank()) {
            throw new ContentException(file, "'" + key + "' needs an 'en' and a 'zh' text");
        }
        return new LocalizedText(enText.strip(), zhText.strip());
    }

    private static List<String> slugList(String file, Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ContentException(file, "'" + key + "' must be a list like [a, b]");
        }
        return list.stream().map(item -> {
            String text = String.valueOf(item).strip();
            if (!SLUG.matcher(text).matches()) {
                throw new ContentException(file, "'" + key + "' entry '" + text + "' must be lower-case ASCII words joined by '-'");
            }
            return text;
        }).distinct().toList();
    }
}
