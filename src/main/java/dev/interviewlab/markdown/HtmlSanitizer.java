package dev.interviewlab.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps the HTML that notes need and drops everything that could run: scripts, event handler
 * attributes, {@code javascript:} and {@code data:} URLs, styles, frames, forms.
 */
final class HtmlSanitizer {

    // jsoup needs a base to judge relative links; they are kept relative in the output
    private static final String BASE_URI = "https://interviewlab.invalid/";

    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .addTags("hr", "del", "s", "mark", "kbd", "input")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("code", "class").addAttributes("span", "class")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("input", "type", "checked", "disabled")
            .addEnforcedAttribute("input", "disabled", "disabled")
            .addEnforcedAttribute("input", "type", "checkbox")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addProtocols("a", "href", "#", "http", "https", "mailto")
            .preserveRelativeLinks(true));

    Document sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}
