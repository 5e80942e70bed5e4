package dev.interviewlab.markdown;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Markdown text split into its YAML front matter (Hexo / Jekyll style, between two {@code ---}
 * lines at the very top) and the body that follows.
 *
 * @param fields    the front matter's top-level keys; empty when the text has no front matter
 * @param body      the Markdown after the front matter
 * @param bodyLine  the 1-based line number in the original text where the body starts
 */
public record FrontMatter(Map<String, Object> fields, String body, int bodyLine) {

    private static final String FENCE = "---";

    public static FrontMatter parse(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n");
        if (!normalized.startsWith(FENCE + "\n") && !normalized.equals(FENCE)) {
            return new FrontMatter(Map.of(), normalized, 1);
        }
        String[] lines = normalized.split("\n", -1);
        int closing = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            throw new FrontMatterException("front matter starts with '---' on line 1 but has no closing '---' line", 1);
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, closing));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, closing + 1, lines.length));
        return new FrontMatter(readYaml(yaml), body, closing + 2);
    }

    private static Map<String, Object> readYaml(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(64 * 1024);
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            throw new FrontMatterException("front matter is not valid YAML: " + e.getProblem(), line);
        } catch (YAMLException e) {
            throw new FrontMatterException("front matter is not valid YAML: " + e.getMessage(), 1);
        }
        if (parsed == null) {
            return Map.of();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new FrontMatterException("front matter must be a set of 'key: value' lines", 2);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return Collections.unmodifiableMap(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
