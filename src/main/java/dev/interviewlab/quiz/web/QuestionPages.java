package dev.interviewlab.quiz.web;

import dev.interviewlab.account.AccountNav;
import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.web.EscapedMessages;
import dev.interviewlab.web.FilledPage;
import dev.interviewlab.web.HtmlPageRenderer;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.LanguageNav;
import dev.interviewlab.web.LayoutSkeletons;
import dev.interviewlab.web.PageSkeleton;
import dev.interviewlab.web.PostForms;
import dev.interviewlab.web.Utf8Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A quiz question page as the browser gets it: the layout around it (head, header, footer) kept for every
 * question of every attempt ({@link LayoutSkeletons}, one per language and account kind, rendered without the
 * page's model, so nothing of a learner's or an attempt's can be in it), and per request only the page's own parts
 * written into it as strings, without a template render: the title, the language links to this question
 * ({@link LanguageNav}), the header's account links ({@link AccountNav}) and the main part with the attempt's
 * status, its form and token, and the question's block from {@link QuestionBlocks} ({@link QuestionMain}).
 */
@Component
class QuestionPages {

    private final HtmlPageRenderer renderer;
    private final LayoutSkeletons layouts;
    private final MessageSource messages;
    private final LanguageNav languageNav;
    private final AccountNav accountNav;
    private final QuestionMain main;
    private final EscapedMessages escapedMessages;

    QuestionPages(HtmlPageRenderer renderer, LayoutSkeletons layouts, MessageSource messages, LanguageNav languageNav,
                  AccountNav accountNav, QuestionMain main, EscapedMessages escapedMessages) {
        this.renderer = renderer;
        this.layouts = layouts;
        this.messages = messages;
        this.languageNav = languageNav;
        this.accountNav = accountNav;
        this.main = main;
        this.escapedMessages = escapedMessages;
    }

    /** The page's title: question number, the quiz's name and the site's. */
    String title(PageViews.QuestionPage page, Locale locale) {
        return messages.getMessage("quiz.question.title", new Object[]{page.question().position(), page.total()}, locale)
                + " · " + page.title() + " · " + messages.getMessage("site.name", null, locale);
    }

    /** {@link #title} escaped, from the kept messages. */
    private String escapedTitle(PageViews.QuestionPage page, Locale locale) {
        return escapedMessages.get("quiz.question.title", locale, page.question().position(), page.total())
                + " · " + PostForms.escape(page.title()) + " · " + escapedMessages.get("site.name", locale);
    }

    FilledPage render(PageViews.QuestionPage page, String itemBlock, Locale locale, HttpServletRequest request,
                  HttpServletResponse response) {
        Optional<SignedInAccount> reader = CurrentAccount.find();
        // everything the layout shows: the language and the account's kind. The title and the language links (which
        // name the attempt and the question) are parts, like the learner's own: one layout serves every question page
        String key = "quiz/question|" + Language.of(locale).code() + "|" + reader.isPresent() + "|"
                + reader.map(SignedInAccount::canEdit).orElse(false);
        PageSkeleton layout = layouts.skeleton(key, () -> renderer.renderSkeleton("quiz/question",
                Map.of(LayoutSkeletons.READER_MAIN, true, LayoutSkeletons.PAGE_PARTS, true), locale, request, response));
        return layout.with(Map.of(
                "title", utf8("<title>" + escapedTitle(page, locale) + "</title>"),
                "language-links", utf8(languageNav.html(locale, request)),
                "account-nav", utf8(reader.map(account -> accountNav.html(account, locale, request, response))
                        .orElseGet(() -> accountNav.guestHtml(locale, request, response))),
                "main", main.html(page, itemBlock, locale, request, response)));
    }

    private static Utf8Html utf8(String html) {
        return Utf8Html.of(html);
    }
}
