package dev.interviewlab.quiz.web;

import dev.interviewlab.web.EscapedMessages;
import dev.interviewlab.web.PostForms;
import dev.interviewlab.web.Utf8Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static dev.interviewlab.web.PostForms.escape;

/**
 * The main part of a quiz question page (the attempt's status, the question form with the learner's token and the
 * question's block, the question numbers, the finish form) as {@code quiz/question.html}'s {@code main} writes it
 * for a GET, written straight into UTF-8 bytes so that a question page needs no template render per request
 * ({@link QuestionPages}).
 * The template stays for the refused forms, which show an error in the same main part;
 * {@code QuizControllerTest.theQuestionPageWrittenAsStringsIsTheHtmlTheTemplatesWrite} compares the two, so a change to one
 * that misses the other fails. Every text and attribute value is escaped as Thymeleaf escapes it.
 */
@Component
class QuestionMain {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final EscapedMessages messages;

    QuestionMain(EscapedMessages messages) {
        this.messages = messages;
    }

    Utf8Html html(PageViews.QuestionPage page, String itemBlock, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        PageViews.Question q = page.question();
        String attempt = UriUtils.encodePathSegment(page.attemptId(), StandardCharsets.UTF_8);
        // white space as the templates leave it: an element left out by th:if leaves its line's indent behind
        Utf8Html html = new Utf8Html(6144 + 3 * itemBlock.length());
        html.append("<main id=\"main\" class=\"wrap quiz-page quiz-taking\">\n  <link rel=\"stylesheet\" href=\"")
                .append(PostForms.href("/assets/css/quiz.css", request, response)).append("\">\n  <header class=\"quiz-header\">\n")
                .append("    <p class=\"muted quiz-name\">").append(escape(page.title())).append("</p>\n    ");
        status(html, page, locale);
        html.append("\n  </header>\n\n  \n\n  <form id=\"quiz-question\" class=\"quiz-question\" method=\"post\" action=\"")
                .append(PostForms.href("/quizzes/attempts/" + attempt, request, response))
                .append("\"\n        data-quiz-question data-api=\"")
                .append(PostForms.href("/api/quizzes/attempts/" + attempt + "/questions/" + q.position(), request, response))
                .append("\" data-type=\"").append(escape(q.type()))
                .append("\" data-storage-key=\"").append(escape("interviewlab.quiz." + page.attemptId() + "." + q.position()))
                .append("\" data-answered=\"").append(q.answered()).append("\">").append(PostForms.token(request))
                .append("\n    <input type=\"hidden\" name=\"question\" value=\"").append(q.position()).append("\">\n")
                .append("    <fieldset class=\"question\">\n      <legend>\n        <span class=\"question-number\">")
                .append(message("quiz.question.title", locale, q.position(), page.total()))
                .append("</span>\n        <span class=\"badge\">").append(message(q.typeKey(), locale))
                .append("</span>\n      </legend>\n      \n      ").append(itemBlock)
                .append("\n\n      <div class=\"flag-field\">\n        <input type=\"checkbox\" id=\"flagged\" name=\"flagged\" value=\"true\"")
                .append(q.flagged() ? " checked=\"checked\"" : "").append(">\n        <label for=\"flagged\" class=\"inline-label\">")
                .append(message("quiz.flag", locale)).append("</label>\n      </div>\n    </fieldset>\n\n")
                .append("    <div class=\"quiz-actions\">\n      \n      <button type=\"submit\" name=\"go\" value=\"next\" class=\"primary\">")
                .append(message(page.next() != null ? "quiz.action.next" : "quiz.action.toReview", locale))
                .append("</button>\n      ");
        if (page.previous() != null) {
            html.append("<button type=\"submit\" name=\"go\" value=\"previous\" class=\"secondary\">")
                    .append(message("quiz.action.previous", locale)).append("</button>");
        }
        html.append("\n      <button type=\"submit\" name=\"go\" value=\"stay\" class=\"secondary\">")
                .append(message("quiz.action.save", locale)).append("</button>\n      ");
        if (page.next() != null) {
            html.append("<button type=\"submit\" name=\"go\" value=\"review\" class=\"secondary\">")
                    .append(message("quiz.action.review", locale)).append("</button>");
        }
        html.append("\n    </div>\n    ");
        if (page.sequential()) {
            html.append("<p class=\"help\">").append(message("quiz.sequential.note", locale)).append("</p>");
        }
        html.append("\n\n    ");
        nav(html, page, locale);
        html.append("\n  </form>\n\n  \n  <form id=\"quiz-finish\" method=\"post\" action=\"")
                .append(PostForms.href("/quizzes/attempts/" + attempt + "/submit", request, response))
                .append("\" class=\"finish-form\">").append(PostForms.token(request))
                .append("\n    <button type=\"submit\" form=\"quiz-question\" name=\"go\" value=\"submit\" class=\"secondary\">")
                .append(message("quiz.action.submitNow", locale)).append("</button>\n  </form>\n  ");
        if (page.timed()) {
            html.append("<p class=\"help\">").append(message("quiz.deadline.help", locale, page.graceSeconds()))
                    .append("</p>");
        }
        html.append("\n  <p class=\"help\">").append(message("quiz.keys.help", locale)).append("</p>\n  <script src=\"")
                .append(PostForms.href("/assets/js/quiz.js", request, response)).append("\" defer></script>\n</main>");
        return html;
    }

    /** quiz/fragments :: status: countdown, progress and save state. */
    private void status(Utf8Html html, PageViews.QuestionPage page, Locale locale) {
        html.append("<div class=\"quiz-status\">\n  ");
        if (page.timed()) {
            long seconds = page.remainingSeconds();
            html.append("<p class=\"countdown\">\n    <span>").append(message("quiz.timeLeft", locale))
                    .append("</span>\n    <time id=\"quiz-countdown\" class=\"countdown-value\" datetime=\"")
                    .append(escape(String.valueOf(page.deadline()))).append("\"\n          data-remaining-seconds=\"").append(seconds)
                    .append("\" data-remaining-ms=\"").append(page.remainingMillis()).append("\" data-grace-seconds=\"")
                    .append(page.graceSeconds()).append("\" data-time-up=\"").append(message("quiz.timeUp", locale))
                    .append("\" data-warn-minute=\"").append(message("quiz.warn.minute", locale))
                    .append("\" data-warn-five=\"").append(message("quiz.warn.five", locale)).append("\">")
                    .append(seconds / 60).append(':').append(twoDigits(seconds % 60))
                    .append("</time>\n    \n    <time class=\"muted\" id=\"quiz-deadline\" data-local=\"time\" datetime=\"")
                    .append(ISO_SECONDS.format(page.deadline())).append("\"\n          data-local-template=\"")
                    .append(message("quiz.deadlineAt", locale, "{0}")).append("\">")
                    .append(message("quiz.deadlineAt", locale, CLOCK.format(page.deadline()) + " UTC"))
                    .append("</time>\n  </p>");
        }
        html.append("\n  ");
        if (!page.timed()) {
            html.append("<p class=\"countdown\">").append(message("quiz.untimed", locale)).append("</p>");
        }
        html.append("\n  <p id=\"quiz-countdown-announcer\" class=\"visually-hidden\" aria-live=\"assertive\"></p>\n")
                .append("  <div class=\"progress-row\">\n    <label for=\"quiz-progress\" id=\"quiz-progress-text\" data-template=\"")
                .append(message("quiz.progress", locale, "{0}", "{1}")).append("\">")
                .append(message("quiz.progress", locale, page.answered(), page.total()))
                .append("</label>\n    <progress id=\"quiz-progress\" max=\"").append(page.total()).append("\" value=\"")
                .append(page.answered()).append("\">3/10</progress>\n  </div>\n")
                .append("  <p id=\"quiz-save-state\" class=\"save-state\" role=\"status\" aria-live=\"polite\" data-saving=\"")
                .append(message("quiz.save.saving", locale)).append("\" data-saved=\"")
                .append(message("quiz.save.saved", locale)).append("\" data-offline=\"")
                .append(message("quiz.save.offline", locale, "{0}")).append("\" data-refused=\"")
                .append(message("quiz.save.refused", locale, "{0}")).append("\" data-stored=\"")
                .append(message("quiz.save.stored", locale)).append("\"></p>\n</div>");
    }

    /** quiz/fragments :: nav with buttons: the question numbers inside the question form. */
    private void nav(Utf8Html html, PageViews.QuestionPage page, Locale locale) {
        String answered = message("quiz.state.answered", locale);
        String unanswered = message("quiz.state.unanswered", locale);
        String flagged = message("quiz.state.flagged", locale);
        html.append("<nav class=\"question-nav\" aria-label=\"").append(message("quiz.nav.label", locale))
                .append("\">\n  <ol>");
        for (PageViews.NavEntry entry : page.nav()) {
            html.append("\n    <li class=\"").append(entry.answered() ? "is-answered " : "is-open ")
                    .append(entry.flagged() ? "is-flagged " : "").append(entry.current() ? "is-current" : "")
                    .append("\">\n      <button type=\"submit\" name=\"go\" value=\"").append(entry.position()).append('"')
                    .append(entry.openable() ? "" : " disabled=\"disabled\"")
                    .append(entry.current() ? " aria-current=\"step\"" : "").append(">\n        <span>")
                    .append(entry.position()).append("</span>\n        <span class=\"visually-hidden\">")
                    .append(entry.answered() ? answered : unanswered).append(entry.flagged() ? ", " + flagged : "")
                    .append("</span>\n      </button>\n      \n      \n    </li>");
        }
        html.append("\n  </ol>\n  <p class=\"help legend\">\n    <span class=\"legend-answered\">").append(answered)
                .append("</span>\n    <span class=\"legend-flagged\">").append(flagged)
                .append("</span>\n  </p>\n</nav>");
    }

    /** As {@code #numbers.formatInteger(n, 2)} writes it: at least two digits, the sign before them. */
    private static String twoDigits(long n) {
        long digits = Math.abs(n);
        return (n < 0 ? "-" : "") + (digits < 10 ? "0" : "") + digits;
    }

    /** The message, escaped. */
    private String message(String key, Locale locale, Object... arguments) {
        return messages.get(key, locale, arguments);
    }
}
