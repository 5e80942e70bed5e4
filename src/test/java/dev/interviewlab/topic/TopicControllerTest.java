package dev.interviewlab.topic;

import dev.interviewlab.account.AccountNav;
import dev.interviewlab.account.Role;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.account.SliceAccounts;
import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.web.HtmlPageRenderer;
import org.springframework.context.annotation.Import;
import dev.interviewlab.markdown.RenderedMarkdown;
import dev.interviewlab.markdown.TocEntry;
import dev.interviewlab.quiz.QuizOffers;
import dev.interviewlab.quiz.web.ContinueQuiz;
import dev.interviewlab.review.web.DueReviews;
import dev.interviewlab.simulation.SimulationCard;
import dev.interviewlab.simulation.SimulationCatalogue;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TopicController.class)
@Import({HtmlPageRenderer.class, WebSliceSecurity.class, AccountNav.class, MarksSection.class})
class TopicControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TopicService topics;

    @MockitoBean
    SimulationCatalogue simulations;

    @MockitoBean
    TopicViewCache views;

    @MockitoBean
    QuizOffers quizOffers;

    @MockitoBean
    ReaderMarks readerMarks;

    @MockitoBean
    ContinueQuiz continueQuiz;

    @MockitoBean
    DueReviews dueReviews;

    @BeforeEach
    void setUp() {
        // the cache is tested on its own; here it always loads
        when(views.page(any(), any(), any())).thenAnswer(call -> ((java.util.function.Supplier<?>) call.getArgument(2)).get());
        when(views.catalogue(any(), any())).thenAnswer(call -> ((java.util.function.Supplier<?>) call.getArgument(1)).get());
        when(views.html(any(), any())).thenAnswer(call -> ((java.util.function.Supplier<?>) call.getArgument(1)).get());
        when(views.skeleton(any(), any())).thenAnswer(call -> ((java.util.function.Supplier<?>) call.getArgument(1)).get());
        when(topics.catalogue(Language.EN)).thenReturn(List.of(new CategoryListing("networking", "Networking",
                "TCP and more", List.of(new TopicLink("tcp-connection-states", "TCP states", "Handshake and close", Difficulty.INTERMEDIATE)))));
        when(topics.catalogue(Language.ZH)).thenReturn(List.of(new CategoryListing("networking", "计算机网络",
                "TCP 等", List.of(new TopicLink("tcp-connection-states", "TCP 连接状态", "握手与挥手", Difficulty.INTERMEDIATE)))));
        when(simulations.all()).thenReturn(List.of());
        when(topics.page(eq("missing"), any())).thenThrow(new TopicNotFoundException("topic missing"));
        when(topics.category(eq("missing"), any())).thenThrow(new TopicNotFoundException("category missing"));
    }

    @Test
    void homeFollowsTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("计算机网络")))
                .andExpect(content().string(containsString("lang=\"zh\"")));
        mvc.perform(get("/").header("Accept-Language", "fr-FR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Networking")));
    }

    @Test
    void theLanguageSwitchIsRememberedInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "zh").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("lang", "zh-CN"))
                .andExpect(content().string(containsString("计算机网络")));
        mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("lang", "zh-CN")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("计算机网络")));
    }

    @Test
    void anUnsupportedLanguageParameterFallsBackToEnglish() throws Exception {
        mvc.perform(get("/").param("lang", "xx-<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Networking")));
    }

    @Test
    void topicPageShowsBodyTableOfContentsRelatedAndNeighbours() throws Exception {
        RenderedMarkdown body = new RenderedMarkdown("<h2 id=\"why\">Why</h2><p>Because.</p>",
                List.of(new TocEntry(2, "why", "Why")), "Why Because.");
        TopicLink websocket = new TopicLink("websocket", "WebSocket", "Upgrade", Difficulty.BEGINNER);
        when(topics.page("tcp-connection-states", Language.EN)).thenReturn(new TopicPage("tcp-connection-states",
                "TCP states", "Handshake and close", Difficulty.INTERMEDIATE, "networking", "Networking",
                List.of("tcp"), Instant.parse("2026-11-01T00:00:00Z"), body, List.of(websocket), null, websocket, false, "tcp"));
        when(simulations.forTopic("tcp-connection-states", "tcp")).thenReturn(List.of(new SimulationCard("tcp", "/simulations/tcp",
                "simulations.title", "simulations.lead", List.of("tcp-connection-states"))));

        mvc.perform(get("/topics/tcp-connection-states"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>TCP states</h1>")))
                .andExpect(content().string(containsString("href=\"#why\"")))
                .andExpect(content().string(containsString("href=\"/topics/websocket\"")))
                .andExpect(content().string(containsString("rel=\"next\"")))
                .andExpect(content().string(not(containsString("rel=\"prev\""))))
                .andExpect(content().string(containsString("href=\"/simulations/tcp\"")))
                .andExpect(content().string(containsString("2026-11-01")));
    }

    @Test
    void homeAndTopicPagesOfferNamedQuizzes() throws Exception {
        when(quizOffers.forHome(Language.EN)).thenReturn(List.of(
                new dev.interviewlab.quiz.QuizOffer("categories", "networking", "Networking", 10, 8)));
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Networking: 10 questions, 8 minutes")))
                // a link to the quiz form with the offer's settings: topic pages are cached, so they hold no CSRF token
                .andExpect(content().string(containsString("href=\"/quizzes?categories=networking&amp;count=10&amp;minutes=8#quiz-start\"")))
                .andExpect(content().string(containsString("href=\"/quizzes\"")));
    }

    @Test
    void homeOffersToContinueTheVisitorsOpenQuiz() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Continue your quiz"))));
        when(continueQuiz.forVisitor(any(), eq(Language.EN))).thenReturn(java.util.Optional.of(
                new ContinueQuiz.Card("0f0e0d0c-0000-4000-8000-000000000001", "TCP connection states", 3, 5, 272L, 1)));
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<h2 id=\"continue-quiz-heading\">Continue your quiz</h2>")))
                .andExpect(content().string(containsString("TCP connection states")))
                .andExpect(content().string(containsString("3 of 5 answered")))
                .andExpect(content().string(containsString("4 min 32 s left")))
                .andExpect(content().string(containsString("href=\"/quizzes/attempts/0f0e0d0c-0000-4000-8000-000000000001\">Continue the quiz</a>")))
                .andExpect(content().string(containsString("href=\"/quizzes\">1 more open quiz</a>")));
        when(continueQuiz.forVisitor(any(), eq(Language.ZH))).thenReturn(java.util.Optional.of(
                new ContinueQuiz.Card("0f0e0d0c-0000-4000-8000-000000000001", "TCP 连接状态", 3, 5, null, 0)));
        mvc.perform(get("/").header("Accept-Language", "zh"))
                .andExpect(content().string(containsString("继续你的测验")))
                .andExpect(content().string(containsString("已答 3 / 5 题")))
                .andExpect(content().string(containsString("练习模式：不限时")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("另有"))));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            en | 1 | 1 item is due for review
            en | 7 | 7 items are due for review
            zh | 3 | 有 3 道题到了复习时间
            """)
    void homeSaysHowManyItemsAreDueForReview(String language, long due, String heading) throws Exception {
        when(dueReviews.forVisitor(any())).thenReturn(due);
        mvc.perform(get("/").header("Accept-Language", language))
                .andExpect(content().string(containsString("<h2 id=\"due-reviews-heading\">" + heading + "</h2>")));
    }

    @Test
    void homeSaysNothingAboutReviewWhenNothingIsDue() throws Exception {
        when(dueReviews.forVisitor(any())).thenReturn(0L);
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("due-reviews"))));
    }

    @Test
    void unknownTopicsAndCategoriesAre404() throws Exception {
        mvc.perform(get("/topics/missing")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/missing")).andExpect(status().isNotFound());
    }

    /**
     * A signed-in reader's parts are written as strings on the page kept for every reader; the page rendered
     * whole (an editor's page right after a save) has them from the templates: both must be the same HTML.
     */
    @ParameterizedTest
    @CsvSource({"en, , false", "en, 42, true", "zh, , true", "zh, 42, false"})
    void theReadersPartsAreTheHtmlTheTemplatesWrite(String language, Long bookmarkId, boolean read) throws Exception {
        SignedInAccount editor = SliceAccounts.signedIn(7, "<b>O'Neil \"&\"</b>", Role.EDITOR);
        givenTheTcpTopic(Language.of(java.util.Locale.forLanguageTag(language)));
        when(readerMarks.of(7, "tcp-connection-states")).thenReturn(new ReaderMarks.TopicMarks(bookmarkId, read));

        String kept = mvc.perform(get("/topics/tcp-connection-states").param("lang", language).with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String whole = mvc.perform(get("/topics/tcp-connection-states").param("lang", language).with(user(editor))
                        .flashAttr("saved", true))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (Pattern part : List.of(ACCOUNT_NAV, MARKS)) {
            assertThat(normalized(part, kept)).isEqualTo(normalized(part, whole));
        }
        assertThat(kept).contains("&lt;b&gt;O&#39;Neil &quot;&amp;&quot;&lt;/b&gt;").doesNotContain("<b>O'Neil")
                .contains(bookmarkId == null ? "action=\"/account/bookmarks\"" : "action=\"/account/bookmarks/42/delete\"")
                .contains("name=\"read\" value=\"" + !read + "\"");
    }

    private static final Pattern ACCOUNT_NAV = Pattern.compile("<nav class=\"account-nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern MARKS = Pattern.compile("<section id=\"marks\".*?</section>", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"[^\"]+\"");

    /** The part, with the (per-response masked) token left out and white space between tags too. */
    private static String normalized(Pattern part, String page) {
        Matcher found = part.matcher(page);
        assertThat(found.find()).as(part.pattern()).isTrue();
        String html = found.group();
        assertThat(TOKEN.matcher(html).find()).as("a form token in " + html).isTrue();
        return TOKEN.matcher(html).replaceAll("name=\"_csrf\" value=\"token\"").replaceAll("\\s+", " ")
                .replace("> <", "><").replace(" >", ">");
    }

    private void givenTheTcpTopic(Language language) {
        RenderedMarkdown body = new RenderedMarkdown("<h2 id=\"why\">Why</h2><p>Because.</p>",
                List.of(new TocEntry(2, "why", "Why")), "Why Because.");
        when(topics.page("tcp-connection-states", language)).thenReturn(new TopicPage("tcp-connection-states",
                "TCP states", "Handshake and close", Difficulty.INTERMEDIATE, "networking", "Networking",
                List.of("tcp"), Instant.parse("2026-11-01T00:00:00Z"), body, List.of(), null, null, false, "tcp"));
    }
}
