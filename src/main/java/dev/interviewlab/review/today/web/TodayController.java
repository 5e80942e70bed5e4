package dev.interviewlab.review.today.web;

import dev.interviewlab.account.AccountNav;
import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.quiz.web.QuizViews;
import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.review.today.TodayService;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.web.FilledPage;
import dev.interviewlab.web.HtmlPageRenderer;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.LayoutSkeletons;
import dev.interviewlab.web.PageSkeleton;
import dev.interviewlab.web.Utf8Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /today}, the signed-in home: what is due, the open quiz, the year of reviews, the forgiving streak
 * and the weakest topics. A guest whose browser has quiz or review history (the learner cookie) sees its own;
 * a guest without any is sent to the home page, as there is nothing to show.
 */
@Controller
class TodayController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final TodayForVisitor visitor;
    private final QuizViews views;
    private final HeatmapSvg heatmap;
    private final TodayMain main;
    private final AccountNav accountNav;
    private final HtmlPageRenderer renderer;
    private final LayoutSkeletons layouts;

    TodayController(TodayForVisitor visitor, QuizViews views, HeatmapSvg heatmap, TodayMain main, AccountNav accountNav,
                    HtmlPageRenderer renderer, LayoutSkeletons layouts) {
        this.visitor = visitor;
        this.views = views;
        this.heatmap = heatmap;
        this.main = main;
        this.accountNav = accountNav;
        this.renderer = renderer;
        this.layouts = layouts;
    }

    /**
     * Everything in the page's main part is the visitor's own, so only the layout around it is kept for every
     * visitor (per language, signed in or not, editor or not, and query string, which the language links keep):
     * each request writes the main part ({@link TodayMain}, {@link HeatmapSvg}) and the header's account links
     * ({@link AccountNav}), without a template render, and the page goes out piece by piece ({@link FilledPage}).
     */
    @GetMapping("/today")
    ResponseEntity<FilledPage> today(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (visitor.owner(request).isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/")).build();
        }
        Language language = Language.of(locale);
        TodayForVisitor.Visit visit = visitor.visit(request, language);
        TodayService.Overview overview = visit.overview();
        DailyActivity activity = overview.activity();
        ActivityHeatmap year = overview.heatmap();
        List<TodayPage.DayCount> active = new ArrayList<>();
        // newest first; a date only for the days with reviews
        for (int square = year.squares() - 1; square >= 0; square--) {
            if (year.count(square) > 0) {
                active.add(new TodayPage.DayCount(year.grid().day(square), year.count(square)));
            }
        }
        List<TodayPage.WeakTopicRow> weak = overview.weakTopics().weakest().stream()
                .map(topic -> new TodayPage.WeakTopicRow(topic.topicSlug(), views.topicTitle(topic.topicSlug(), language),
                        percent(topic.meanRetrievability()), topic.cards()))
                .toList();
        Optional<SignedInAccount> reader = CurrentAccount.find();
        TodayPage page = new TodayPage(overview.today(), overview.zoneName(), overview.dueCount(),
                visit.continueQuiz().orElse(null), overview.streak(),
                oneDecimal(overview.streak().sevenDayAverage()),
                // the language's own locale: the heatmap keeps its grid per language
                heatmap.render(year, activity, language.locale()), activity.total(), active, weak,
                percent(overview.weakTopics().targetRetention()), overview.weakTopics().allAboveTarget(),
                overview.weakTopics().reviewedTopics(), reader.isPresent());
        String key = "review/today|" + language.code() + "|" + reader.isPresent() + "|"
                + reader.map(SignedInAccount::canEdit).orElse(false) + "|" + request.getQueryString();
        // the layout is rendered without the page: nothing of this visitor's can end up in it
        PageSkeleton layout = layouts.skeleton(key, () -> renderer.renderSkeleton("review/today",
                Map.of(LayoutSkeletons.READER_MAIN, true), locale, request, response));
        String nav = reader.map(account -> accountNav.html(account, locale, request, response))
                .orElseGet(() -> accountNav.guestHtml(locale, request, response));
        FilledPage html = layout.with(Map.of("account-nav", Utf8Html.of(nav),
                "main", main.html(page, locale, request, response)));
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.locale().toLanguageTag())
                .body(html);
    }

    /** Whole percent, rounded down: a topic at 89.6 % under a 90 % target must not read "90 %". */
    static int percent(double fraction) {
        return (int) Math.floor(fraction * 100 + 1e-9);
    }

    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
