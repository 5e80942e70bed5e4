package dev.interviewlab.review.today.web;

import dev.interviewlab.quiz.web.ContinueQuiz;
import dev.interviewlab.web.EscapedMessages;
import dev.interviewlab.web.PostForms;
import dev.interviewlab.web.Utf8Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static dev.interviewlab.web.PostForms.escape;

/**
 * The Today page's main part as {@code review/today}'s {@code main} (with {@code quiz/fragments :: continue})
 * writes it, built straight into UTF-8 bytes: the part is all its reader's own, and a template render per request
 * was a third of the page's cost. A change to the template goes here too; {@code TodayMainTest} compares the two.
 */
@Component
class TodayMain {

    private final EscapedMessages messages;

    TodayMain(EscapedMessages messages) {
        this.messages = messages;
    }

    Utf8Html html(TodayPage page, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        // the heatmap, the text around it, a table row per active day and a list item per weak topic, without growing
        Html html = new Html(page.heatmapSvg().length() + 8192 + 80 * page.activeDays().size()
                + 512 * page.weakTopics().size(), locale);
        html.raw("<main id=\"main\" class=\"wrap today-page\">\n  <link rel=\"stylesheet\" href=\"")
                .raw(PostForms.href("/assets/css/today.css", request, response)).raw("\">\n  <header class=\"today-header\">\n    <h1>")
                .message("today.heading").raw("</h1>\n    <p class=\"muted\">")
                .message("today.date", page.today().toString(), page.zone()).raw("</p>\n  </header>\n\n  <div class=\"today-cards\">\n")
                .raw("    <section class=\"callout today-due\" aria-labelledby=\"today-due-heading\">\n      <h2 id=\"today-due-heading\">")
                .message("today.due.heading").raw("</h2>\n      <p class=\"today-figure\">").raw(Long.toString(page.dueCount()))
                .raw("</p>\n");
        if (page.dueCount() > 0) {
            html.raw("      <p><a class=\"button\" href=\"").raw(PostForms.href("/review", request, response)).raw("\">")
                    .message("review.due.start").raw("</a></p>\n");
        } else {
            html.raw("      <p class=\"muted\">").message("today.due.none").raw("</p>\n");
        }
        html.raw("    </section>\n\n    <section class=\"callout today-streak\" aria-labelledby=\"today-streak-heading\">\n")
                .raw("      <h2 id=\"today-streak-heading\">").message("today.streak.heading")
                .raw("</h2>\n      <p class=\"today-figure\">").message("today.streak.days", page.streak().days())
                .raw("</p>\n      <p>").message("today.streak.average", page.sevenDayAverage(), page.streak().goal()).raw("</p>\n");
        if (page.streak().reviewsToKeepPace() > 0) {
            html.raw("      <p>").message("today.streak.toGo", page.streak().reviewsToKeepPace()).raw("</p>\n");
        } else {
            html.raw("      <p>").message("today.streak.kept").raw("</p>\n");
        }
        html.raw("      <p class=\"help\">").message("today.streak.rule").raw("</p>\n");
        if (page.signedIn()) {
            html.raw("      <p class=\"help\"><a href=\"").raw(PostForms.href("/account#day-heading", request, response))
                    .raw("\">").message("today.streak.changeGoal").raw("</a></p>\n");
        }
        html.raw("    </section>\n\n");
        if (page.continueQuiz() != null) {
            continueQuiz(html, page.continueQuiz(), request, response);
        }
        html.raw("  </div>\n\n  <section class=\"today-activity\" aria-labelledby=\"today-activity-heading\">\n")
                .raw("    <h2 id=\"today-activity-heading\">").message("today.heatmap.heading")
                .raw("</h2>\n    <p class=\"muted\">")
                .message(page.yearTotal() == 0 ? "today.heatmap.summaryNone" : "today.heatmap.summary", page.yearTotal(),
                        page.activeDays().size())
                .raw("</p>\n    <div class=\"heatmap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"today-activity-heading\">")
                .heatmap(page.heatmapSvg())
                .raw("</div>\n    <p class=\"heatmap-legend\" aria-hidden=\"true\">\n      <span>").message("today.heatmap.less")
                .raw("</span>\n      <span class=\"hm-swatch hm-swatch-0\"></span><span class=\"hm-swatch hm-swatch-1\"></span>")
                .raw("<span class=\"hm-swatch hm-swatch-2\"></span><span class=\"hm-swatch hm-swatch-3\"></span>")
                .raw("<span class=\"hm-swatch hm-swatch-4\"></span>\n      <span>").message("today.heatmap.more")
                .raw("</span>\n    </p>\n    <details class=\"heatmap-table\">\n      <summary>").message("today.heatmap.table")
                .raw("</summary>\n");
        if (page.activeDays().isEmpty()) {
            html.raw("      <p>").message("today.heatmap.empty").raw("</p>\n");
        } else {
            html.raw("      <table>\n        <caption>").message("today.heatmap.caption")
                    .raw("</caption>\n        <thead><tr><th scope=\"col\">").message("today.heatmap.day")
                    .raw("</th><th scope=\"col\">").message("today.heatmap.reviews").raw("</th></tr></thead>\n        <tbody>\n");
            for (TodayPage.DayCount day : page.activeDays()) {
                html.raw("          <tr>\n            <td>").raw(day.day().toString()).raw("</td>\n            <td>")
                        .raw(Integer.toString(day.count())).raw("</td>\n          </tr>\n");
            }
            html.raw("        </tbody>\n      </table>\n");
        }
        html.raw("    </details>\n  </section>\n\n  <section class=\"today-weak\" aria-labelledby=\"today-weak-heading\">\n")
                .raw("    <h2 id=\"today-weak-heading\">").message("today.weak.heading").raw("</h2>\n    <p class=\"muted\">")
                .message("today.weak.text", page.targetRetention()).raw("</p>\n");
        if (page.reviewedTopics() == 0) {
            html.raw("    <p>").message("today.weak.none").raw("</p>\n");
        }
        if (page.allAboveTarget()) {
            html.raw("    <p class=\"today-weak-none\">")
                    .message("today.weak.allAbove", page.reviewedTopics(), page.targetRetention()).raw("</p>\n");
        }
        if (!page.weakTopics().isEmpty()) {
            html.raw("    <ol class=\"weak-topics\">\n");
            for (TodayPage.WeakTopicRow topic : page.weakTopics()) {
                html.raw("      <li>\n        <a class=\"weak-title\" href=\"")
                        .raw(PostForms.href("/topics/" + UriUtils.encodePathSegment(topic.slug(), StandardCharsets.UTF_8),
                                request, response))
                        .raw("\">").text(topic.title()).raw("</a>\n        <span class=\"muted\">")
                        .message("today.weak.recall", topic.retention(), topic.cards()).raw("</span>\n        <a href=\"")
                        .raw(PostForms.href("/review?topic=" + UriUtils.encodeQueryParam(topic.slug(), StandardCharsets.UTF_8),
                                request, response))
                        .raw("\">").message("today.weak.review").raw("</a>\n      </li>\n");
            }
            html.raw("    </ol>\n");
        }
        return html.raw("  </section>\n\n  <nav class=\"today-more\" aria-label=\"").message("today.more").raw("\">\n    <a href=\"")
                .raw(PostForms.href("/quizzes", request, response)).raw("\">").message("nav.quizzes").raw("</a>\n    <a href=\"")
                .raw(PostForms.href("/topics", request, response)).raw("\">").message("nav.topics").raw("</a>\n    <a href=\"")
                .raw(PostForms.href("/simulations", request, response)).raw("\">").message("simulations.title")
                .raw("</a>\n    <a href=\"").raw(PostForms.href("/?home=1", request, response)).raw("\">").message("today.home")
                .raw("</a>\n  </nav>\n</main>").out;
    }

    /** {@code quiz/fragments :: continue}. */
    private void continueQuiz(Html html, ContinueQuiz.Card card, HttpServletRequest request, HttpServletResponse response) {
        html.raw("    <section class=\"callout continue-quiz\" aria-labelledby=\"continue-quiz-heading\">\n")
                .raw("  <h2 id=\"continue-quiz-heading\">").message("quiz.continue.heading")
                .raw("</h2>\n  <p class=\"continue-quiz-title\">").text(card.title()).raw("</p>\n  <p>\n    <span>")
                .message("quiz.progress", card.answered(), card.total()).raw("</span> ·\n    <span>");
        if (card.remainingSeconds() != null) {
            html.message("quiz.continue.timeLeft", card.remainingSeconds() / 60, card.remainingSeconds() % 60);
        } else {
            html.message("quiz.untimed");
        }
        html.raw("</span>\n  </p>\n  <p>\n    <a class=\"button\" href=\"")
                .raw(PostForms.href("/quizzes/attempts/" + UriUtils.encodePathSegment(card.attemptId(), StandardCharsets.UTF_8),
                        request, response))
                .raw("\">").message("quiz.continue.link").raw("</a>\n");
        if (card.othersOpen() > 0) {
            html.raw("    <a href=\"").raw(PostForms.href("/quizzes", request, response)).raw("\">")
                    .message("quiz.continue.others", card.othersOpen()).raw("</a>\n");
        }
        html.raw("  </p>\n</section>\n\n");
    }

    /** The part being written, as UTF-8: markup as it is, text and messages escaped. */
    private final class Html {

        private final Utf8Html out;
        private final Locale locale;

        Html(int capacity, Locale locale) {
            this.out = new Utf8Html(capacity);
            this.locale = locale;
        }

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html heatmap(HeatmapSvg.Drawing drawing) {
            drawing.writeTo(out);
            return this;
        }

        Html text(String text) {
            out.append(escape(text));
            return this;
        }

        Html message(String key, Object... arguments) {
            out.append(messages.get(key, locale, arguments));
            return this;
        }
    }
}
