package dev.interviewlab.topic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the ids of one note's HTML a prefix, so that several notes can share a page (a category's
 * print view, the editor's two previews) without two headings or figures answering to the same id. The note's own references
 * to those ids follow: {@code href="#…"}, {@code aria-labelledby}/{@code aria-describedby}/{@code for},
 * and {@code url(#…)} in SVG attributes. References to ids the note does not define are left alone.
 */
public final class IdScope {

    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");
    private static final Set<String> ID_LIST_ATTRIBUTES = Set.of("aria-labelledby", "aria-describedby", "for");

    private IdScope() {
    }

    public static String scoped(String html, String prefix) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Set<String> ids = new HashSet<>();
        for (Element element : document.body().select("[id]")) {
            ids.add(element.id());
            element.attr("id", prefix + element.id());
        }
        if (ids.isEmpty()) {
            return html;
        }
        for (Element element : document.body().getAllElements()) {
            for (Attribute attribute : element.attributes().asList()) {
                String value = attribute.getValue();
                String rewritten = rewritten(attribute.getKey(), value, ids, prefix);
                if (!rewritten.equals(value)) {
                    element.attr(attribute.getKey(), rewritten);
                }
            }
        }
        return document.body().html();
    }

    private static String rewritten(String name, String value, Set<String> ids, String prefix) {
        if ((name.equals("href") || name.equals("xlink:href")) && value.startsWith("#")
                && ids.contains(value.substring(1))) {
            return "#" + prefix + value.substring(1);
        }
        if (ID_LIST_ATTRIBUTES.contains(name)) {
            StringBuilder list = new StringBuilder();
            for (String id : value.trim().split("\\s+")) {
                list.append(list.isEmpty() ? "" : " ").append(ids.contains(id) ? prefix + id : id);
            }
            return list.toString();
        }
        Matcher matcher = URL_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group(1);
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    "url(#" + (ids.contains(id) ? prefix + id : id) + ")"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
