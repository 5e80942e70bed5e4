package dev.interviewlab.topic;

import dev.interviewlab.web.PostForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

import static dev.interviewlab.web.PostForms.escape;

/**
 * A signed-in reader's marks on a topic page (bookmark, read) with their forms, as the {@code marks}
 * fragment of {@code topic/page} writes them for a reader, built as a string: the page around it is rendered
 * once for every signed-in reader and a request adds only this and the {@link dev.interviewlab.account.AccountNav}.
 */
@Component
class MarksSection {

    private final MessageSource messages;

    MarksSection(MessageSource messages) {
        this.messages = messages;
    }

    String html(String topicSlug, ReaderMarks.TopicMarks marks, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        StringBuilder html = new StringBuilder(1600)
                .append("<section id=\"marks\" class=\"reader-marks\" aria-labelledby=\"marks-heading\">\n")
                .append("      <h2 id=\"marks-heading\">").append(message("progress.marks.heading", locale)).append("</h2>\n");
        if (marks.bookmarked()) {
            html.append("        ").append(PostForms.open("/account/bookmarks/" + marks.bookmarkId() + "/delete", "inline-form",
                            request, response))
                    .append("\n          ").append(PostForms.hidden("back", "topic"))
                    .append("\n          <button type=\"submit\">").append(message("progress.bookmark.remove", locale))
                    .append("</button>\n        </form>\n");
        } else {
            html.append("        ").append(PostForms.open("/account/bookmarks", "inline-form", request, response))
                    .append("\n          ").append(PostForms.hidden("topic", topicSlug))
                    .append("\n          ").append(PostForms.hidden("back", "topic"))
                    .append("\n          <button type=\"submit\">").append(message("progress.bookmark.add", locale))
                    .append("</button>\n        </form>\n");
        }
        html.append("        ").append(PostForms.open("/account/reads", "inline-form", request, response))
                .append("\n          ").append(PostForms.hidden("topic", topicSlug))
                .append("\n          ").append(PostForms.hidden("read", String.valueOf(!marks.read())))
                .append("\n          ").append(PostForms.hidden("back", "topic"))
                .append("\n          <button type=\"submit\">")
                .append(message(marks.read() ? "progress.read.unmark" : "progress.read.mark", locale))
                .append("</button>\n        </form>\n")
                .append("        <p><a href=\"").append(PostForms.href("/account/progress", request, response)).append("\">")
                .append(message("progress.link", locale)).append("</a></p>\n    </section>");
        return html.toString();
    }

    private String message(String key, Locale locale) {
        return escape(messages.getMessage(key, null, locale));
    }
}
