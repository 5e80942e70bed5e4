package dev.interviewlab.quiz.web;

import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.web.HtmlPageRenderer;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.LayoutSkeletons;
import dev.interviewlab.web.PageSkeleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A quiz question page as the browser gets it: the layout around it (head, header, footer) kept for every
 * learner ({@link LayoutSkeletons}, rendered without the page's model, so nothing of a learner's can be in it),
 * and per request only the learner's parts rendered into it ({@code quiz/question-parts}: the header's
 * account links, and the main part with the attempt's status, its form and token, and the question's block
 * from {@link QuestionBlocks}).
 */
@Component
class QuestionPages {

    private final HtmlPageRenderer renderer;
    private final LayoutSkeletons layouts;
    private final MessageSource messages;

    QuestionPages(HtmlPageRenderer renderer, LayoutSkeletons layouts, MessageSource messages) {
        this.renderer = renderer;
        this.layouts = layouts;
        this.messages = messages;
    }

    /** The page's title: question number, the quiz's name and the site's. */
    String title(PageViews.QuestionPage page, Locale locale) {
        return messages.getMessage("quiz.question.title", new Object[]{page.question().position(), page.total()}, locale)
                + " · " + page.title() + " · " + messages.getMessage("site.name", null, locale);
    }

    byte[] render(PageViews.QuestionPage page, String itemBlock, Locale locale, HttpServletRequest request,
                  HttpServletResponse response) {
        String title = title(page, locale);
        Optional<SignedInAccount> reader = CurrentAccount.find();
        // everything the layout shows: the language, the account's kind, the address (the language links keep it)
        // and the title; the layout is rendered without the page, so no learner's answer or token is in it
        String key = "quiz/question|" + Language.of(locale).code() + "|" + reader.isPresent() + "|"
                + reader.map(SignedInAccount::canEdit).orElse(false) + "|" + request.getRequestURI() + "|"
                + request.getQueryString() + "|" + title;
        PageSkeleton layout = layouts.skeleton(key, () -> renderer.renderSkeleton("quiz/question",
                Map.of(LayoutSkeletons.READER_MAIN, true, "pageTitle", title), locale, request, response));
        return renderer.renderInto(layout, "quiz/question-parts", Map.of("page", page, "itemBlock", itemBlock), locale,
                request, response);
    }
}
