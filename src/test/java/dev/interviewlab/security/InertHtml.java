package dev.interviewlab.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a rendered page as a browser would (jsoup's HTML5 parser) and lists everything in it that
 * could run script or send the reader elsewhere: script other than the site's own files, event
 * handler attributes, script URLs, frames and plugins, a base element, foreign forms or styles, and
 * text that shows a Thymeleaf expression was evaluated.
 */
final class InertHtml {

    /** What the vectors' template expressions would evaluate to: 31336+1. */
    static final String EVALUATED = "31337";

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite", "codebase", "dynsrc", "lowsrc", "ping", "srcset");
    private static final String FORBIDDEN_ELEMENTS = "iframe, frame, frameset, object, embed, applet, base, style, "
            + "meta[http-equiv], noembed, portal";

    private InertHtml() {
    }

    /** The problems found; empty when the page is inert. */
    static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element script : page.select("script")) {
            if (!script.attr("src").startsWith("/assets/js/") || !script.data().isBlank()) {
                problems.add("script: " + script.outerHtml());
            }
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.startsWith("th:")
                        || name.equals("formaction")) {
                    problems.add("attribute " + name + " on " + element.tagName());
                } else if (URL_ATTRIBUTES.contains(name) && isScriptUrl(element, name, attribute.getValue())) {
                    problems.add("URL " + name + "=" + attribute.getValue() + " on " + element.tagName());
                }
            }
        }
        page.select(FORBIDDEN_ELEMENTS).forEach(element -> problems.add("element: " + element.outerHtml()));
        for (Element link : page.select("link")) {
            if (!link.attr("href").startsWith("/assets/")) {
                problems.add("link: " + link.outerHtml());
            }
        }
        for (Element form : page.select("form")) {
            String action = form.attr("action");
            if (!action.startsWith("/") || action.startsWith("//") || form.parents().hasClass("note-body")
                    || !form.select("button[formaction]").isEmpty()) {
                problems.add("form: " + form.outerHtml());
            }
        }
        if (page.text().contains(EVALUATED)) {
            problems.add("an injected template expression was evaluated");
        }
        return problems;
    }

    private static boolean isScriptUrl(Element element, String attribute, String value) {
        // what a browser ignores when it reads a URL: surrounding whitespace, tabs, newlines and control characters
        String url = value.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("livescript:")) {
            return true;
        }
        if (url.startsWith("data:")) {
            // an image from a data URL cannot run script; any other data URL can be a document
            return !(element.tagName().equals("img") && attribute.equals("src") && url.startsWith("data:image/")
                    && !url.startsWith("data:image/svg"));
        }
        return false;
    }
}
