package dev.interviewlab.topic.content;

import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.TopicDraft;

import java.util.List;
import java.util.Locale;

/**
 * Writes a topic in the built-in file format that {@link TopicFileParser} reads (front matter, then
 * the English and the Chinese body after their markers). Revisions store topics this way, so a
 * diff between two revisions reads like a diff of the file, and a revision parses back into a topic.
 * Texts in the front matter are YAML double-quoted scalars, so any character survives.
 */
public final class TopicFileWriter {

    public String write(TopicDraft draft) {
        StringBuilder out = new StringBuilder(draft.body().en().length() + draft.body().zh().length() + 1_000);
        out.append("---\n");
        out.append("slug: ").append(draft.slug()).append('\n');
        out.append("category: ").append(draft.categorySlug()).append('\n');
        out.append("difficulty: ").append(draft.difficulty().name().toLowerCase(Locale.ROOT)).append('\n');
        out.append("tags: ").append(list(draft.tags())).append('\n');
        out.append("related: ").append(list(draft.related())).append('\n');
        if (draft.simulation() != null) {
            out.append("simulation: ").append(draft.simulation()).append('\n');
        }
        localized(out, "title", draft.title());
        localized(out, "summary", draft.summary());
        out.append("---\n");
        out.append("<!-- lang:en -->\n").append(draft.body().en().strip()).append("\n\n");
        out.append("<!-- lang:zh -->\n").append(draft.body().zh().strip()).append('\n');
        return out.toString();
    }

    // tags and related topics are slugs (lower-case ASCII words joined by '-'), which YAML reads as
    // plain text; sorted, because the database keeps them as sets, and a snapshot of the same topic
    // must come out the same every time
    private static String list(List<String> slugs) {
        return "[" + String.join(", ", slugs.stream().sorted().toList()) + "]";
    }

    private static void localized(StringBuilder out, String key, LocalizedText text) {
        out.append(key).append(":\n");
        out.append("  en: ").append(quoted(text.en())).append('\n');
        out.append("  zh: ").append(quoted(text.zh())).append('\n');
    }

    /** A YAML 1.1 double-quoted scalar (SnakeYAML's dialect): backslash escapes for quotes, backslashes and control characters. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
