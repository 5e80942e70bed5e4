package dev.interviewlab.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;

import static dev.interviewlab.web.PostForms.escape;

/**
 * The header's links to the current page in each language, as the layout's {@code languageSwitch} fragment writes
 * them, built as a string for a layout kept for every address of a page ({@link LayoutSkeletons#PAGE_PARTS}): the
 * links name the page's address, so each request fills in its own without a template render.
 */
@Component
public class LanguageNav {

    private final MessageSource messages;

    LanguageNav(MessageSource messages) {
        this.messages = messages;
    }

    public String html(Locale locale, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> links = request.getAttribute(LanguageSwitch.ATTRIBUTE) instanceof Map<?, ?> found
                ? (Map<String, String>) found : Map.of();
        String current = locale.getLanguage();
        return "<nav class=\"language-switch\" aria-label=\"" + escape(messages.getMessage("nav.language", null, locale))
                + "\">\n      " + link("en", "English", links, current) + "\n      " + link("zh", "中文", links, current)
                + "\n    </nav>";
    }

    private static String link(String language, String name, Map<String, String> links, String current) {
        return "<a href=\"" + escape(links.getOrDefault(language, "/?lang=" + language)) + "\" hreflang=\"" + language
                + "\" lang=\"" + language + "\"" + (language.equals(current) ? " aria-current=\"true\"" : "") + ">" + name
                + "</a>";
    }
}
