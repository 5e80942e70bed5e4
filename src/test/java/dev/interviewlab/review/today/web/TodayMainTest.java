package dev.interviewlab.review.today.web;

import dev.interviewlab.account.AccountNav;
import dev.interviewlab.account.Role;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.account.SliceAccounts;
import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.quiz.web.ContinueQuiz;
import dev.interviewlab.quiz.web.QuizViews;
import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.review.today.ForgivingStreak;
import dev.interviewlab.web.EscapedMessages;
import dev.interviewlab.web.HtmlPageRenderer;
import dev.interviewlab.web.LayoutSkeletons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Today page's parts written as strings ({@link TodayMain}, {@link AccountNav}) are the HTML the templates
 * ({@code review/today :: main}, {@code layout :: accountNav}) write for the same page, for every branch of the
 * template: due or not, pace kept or not, signed in or not, an open quiz timed or not and with others open, days
 * with reviews or none, weak topics listed, none reviewed or all above the target; in English and Chinese, with
 * text that needs escaping.
 */
@WebMvcTest(TodayController.class)
@Import({HtmlPageRenderer.class, LayoutSkeletons.class, WebSliceSecurity.class, AccountNav.class, TodayMain.class,
        HeatmapSvg.class, EscapedMessages.class})
class TodayMainTest {

    private static final LocalDate TODAY = LocalDate.parse("2030-03-04");
    private static final String TRICKY = "<b>O'Neil \"&\"</b> 网络";

    @Autowired
    HtmlPageRenderer renderer;

    @Autowired
    TodayMain main;

    @Autowired
    AccountNav accountNav;

    @Autowired
    HeatmapSvg heatmap;

    @Autowired
    WebApplicationContext context;

    @MockitoBean
    TodayForVisitor visitor;

    @MockitoBean
    QuizViews views;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theMainPartIsWhatTheTemplateWrites(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (TodayPage page : pages(locale)) {
            MockHttpServletRequest request = request(locale);
            MockHttpServletResponse response = new MockHttpServletResponse();
            String template = new String(renderer.render("review/today :: main", Map.of("page", page), locale, request,
                    response), StandardCharsets.UTF_8);
            String written = main.html(page, locale, request, response).toString();
            assertThat(normalized(written)).as(page.toString()).isEqualTo(normalized(template));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theAccountLinksAreWhatTheLayoutWrites(String language) {
        Locale locale = Locale.forLanguageTag(language);
        SignedInAccount reader = SliceAccounts.signedIn(7, TRICKY, Role.LEARNER);
        MockHttpServletRequest request = request(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, Object> signedIn = new HashMap<>();
        signedIn.put("signedIn", reader);
        assertThat(normalized(accountNav.html(reader, locale, request, response)))
                .isEqualTo(normalized(template("layout :: accountNav", signedIn, locale, request, response)));
        // a rendered view leaves its model in the request: the guest's is another request
        MockHttpServletRequest guest = request(locale);
        assertThat(normalized(accountNav.guestHtml(locale, guest, response)))
                .isEqualTo(normalized(template("layout :: accountNav", Map.of(), locale, guest, response)));
    }

    private String template(String view, Map<String, Object> model, Locale locale, MockHttpServletRequest request,
                            MockHttpServletResponse response) {
        return new String(renderer.render(view, model, locale, request, response), StandardCharsets.UTF_8);
    }

    private MockHttpServletRequest request(Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/today");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        request.addPreferredLocale(locale);
        return request;
    }

    /** Every branch of the main part's template, each in at least one page. */
    private List<TodayPage> pages(Locale locale) {
        DailyActivity none = DailyActivity.of(List.of(), ZoneOffset.UTC, TODAY);
        Instant noon = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
        List<Instant> times = new ArrayList<>();
        for (int day = 0; day < 30; day += 2) {
            for (int i = 0; i <= day % 5; i++) {
                times.add(noon.minusSeconds(86_400L * day + i));
            }
        }
        DailyActivity some = DailyActivity.of(times, ZoneOffset.UTC, TODAY);
        List<TodayPage.DayCount> someDays = List.of(new TodayPage.DayCount(TODAY, 3), new TodayPage.DayCount(TODAY.minusDays(2), 1));
        ContinueQuiz.Card timed = new ContinueQuiz.Card("a1b2-c3", TRICKY, 3, 10, 252L, 2);
        ContinueQuiz.Card untimed = new ContinueQuiz.Card("d4e5", "Networking", 0, 1, null, 0);
        List<TodayPage.WeakTopicRow> weak = List.of(new TodayPage.WeakTopicRow("tcp-states", TRICKY, 62, 4),
                new TodayPage.WeakTopicRow("cache", "Caches", 80, 1));
        return List.of(
                new TodayPage(TODAY, "UTC", 0, null, new ForgivingStreak(0, 0, 10, false), "0.0",
                        heatmap.render(ActivityHeatmap.of(none, 10), none, locale), 0, List.of(), List.of(), 90, false, 0, true),
                new TodayPage(TODAY, "Asia/Shanghai", 12, timed, new ForgivingStreak(4, 70, 10, true), "8.6",
                        heatmap.render(ActivityHeatmap.of(some, 3), some, locale), 4, someDays, weak, 90, false, 3, false),
                new TodayPage(TODAY, "America/New_York", 1, untimed, new ForgivingStreak(1, 3, 1, false), "1.0",
                        heatmap.render(ActivityHeatmap.of(some, 1), some, locale), 1, someDays.subList(0, 1), List.of(), 97,
                        true, 1, true),
                new TodayPage(TODAY, "UTC", 3, null, new ForgivingStreak(2, 20, 2, true), "2.9",
                        heatmap.render(ActivityHeatmap.of(none, 2), none, locale), 2, someDays,
                        List.of(), 85, true, 4, false));
    }

    /** White space between and inside tags as the template's line breaks and left-out branches leave it. */
    private static String normalized(String html) {
        return html.replaceAll("\\s+", " ").replace("> <", "><").replace(" >", ">").trim();
    }
}
