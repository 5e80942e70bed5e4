package dev.interviewlab.topic.editing;

import dev.interviewlab.account.Role;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.account.SliceAccounts;
import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.revision.ChangeKind;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.revision.RevisionHeader;
import dev.interviewlab.revision.TextDiff;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TopicEditorController.class)
@Import(WebSliceSecurity.class)
class TopicEditorControllerTest {

    private static final SignedInAccount EDITOR = SliceAccounts.signedIn(7, "Grace", Role.EDITOR);
    private static final SignedInAccount LEARNER = SliceAccounts.signedIn(8, "Lea", Role.LEARNER);
    private static final Set<String> CATEGORIES = Set.of("networking");
    private static final Set<String> TOPICS = Set.of("tcp-connection-states", "websocket");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TopicEditing editing;

    @BeforeEach
    void setUp() {
        when(editing.categories(any())).thenReturn(List.of(new TopicEditing.CategoryChoice("networking", "Networking")));
        when(editing.blankForm()).thenReturn(new TopicForm());
        // the real checks of the form, against the slugs above
        when(editing.create(any(), any())).thenAnswer(call -> TopicDrafts.check(call.getArgument(0), null,
                CATEGORIES, TOPICS, null).slug());
    }

    private static String validForm(String slug) {
        return "slug=" + slug + "&categorySlug=networking&difficulty=beginner&titleEn=Title&titleZh=%E6%A0%87%E9%A2%98"
                + "&summaryEn=Summary&summaryZh=%E6%91%98%E8%A6%81&bodyEn=Body+text&bodyZh=%E6%AD%A3%E6%96%87"
                + "&tags=a,b&related=websocket&changeSummary=first";
    }

    @Test
    void aValidNewTopicIsCreatedAndShown() throws Exception {
        mvc.perform(post("/editor/topics").with(user(EDITOR)).contentType("application/x-www-form-urlencoded")
                        .content(validForm("fresh-topic")))
                .andExpect(redirectedUrl("/topics/fresh-topic"));
        verify(editing).create(any(), eq(RevisionAuthor.account(7, "Grace")));
    }

    @Test
    void badInputShowsEveryFieldErrorWith400AndKeepsTheText() throws Exception {
        mvc.perform(post("/editor/topics").with(user(EDITOR)).param("lang", "en")
                        .param("slug", "Bad Slug").param("categorySlug", "nowhere").param("difficulty", "expert")
                        .param("titleEn", "My title").param("titleZh", "").param("summaryEn", "s").param("summaryZh", "摘要")
                        .param("bodyEn", "kept <b>body</b>").param("bodyZh", "正文")
                        .param("tags", "ok, NOT OK!").param("related", "websocket, no-such-topic")
                        .param("changeSummary", "x".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please correct the fields marked below")))
                .andExpect(content().string(containsString("id=\"slug\"")))
                .andExpect(content().string(containsString("Lower-case letters and digits, words joined by &#39;-&#39;")))
                .andExpect(content().string(containsString("Choose one of the categories.")))
                .andExpect(content().string(containsString("Choose beginner, intermediate or advanced.")))
                .andExpect(content().string(containsString("Required.")))
                .andExpect(content().string(containsString("There is no topic no-such-topic.")))
                .andExpect(content().string(containsString("At most 300 characters.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("kept &lt;b&gt;body&lt;/b&gt;")))
                .andExpect(content().string(containsString("value=\"My title\"")));
    }

    @Test
    void theFormIsTranslated() throws Exception {
        mvc.perform(get("/editor/topics/new").with(user(EDITOR)).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新建主题")))
                .andExpect(content().string(containsString("正文（Markdown）")))
                .andExpect(content().string(containsString("/assets/js/editor.js")));
    }

    @Test
    void thePreviewButtonRendersBothBodiesAndSavesNothing() throws Exception {
        when(editing.preview("Body text", Language.EN)).thenReturn("<p>Body text</p>");
        when(editing.preview("正文", Language.ZH)).thenReturn("<p>正文</p>");

        mvc.perform(post("/editor/topics/tcp-connection-states/edit").with(user(EDITOR))
                        .contentType("application/x-www-form-urlencoded")
                        .content(validForm("ignored") + "&version=3&action=preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p>Body text</p>")))
                .andExpect(content().string(containsString("<p>正文</p>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
        verify(editing, never()).save(anyString(), any(), any());
    }

    @Test
    void aConflictKeepsTheEditorsTextShowsTheDiffAndBasesTheFormOnTheNewVersion() throws Exception {
        RevisionHeader ada = new RevisionHeader(4, ChangeKind.EDITED, new RevisionAuthor(3L, "Ada"),
                Instant.parse("2030-01-01T10:00:00Z"), "");
        doThrow(new EditConflictException("tcp-connection-states", 9, ada, TextDiff.between("Ada's line", "Body text")))
                .when(editing).save(eq("tcp-connection-states"), any(), any());

        mvc.perform(post("/editor/topics/tcp-connection-states/edit").with(user(EDITOR)).param("lang", "en")
                        .contentType("application/x-www-form-urlencoded").content(validForm("ignored") + "&version=3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this topic while you were editing")))
                .andExpect(content().string(containsString("It was saved by Ada at 2030-01-01 10:00 UTC.")))
                .andExpect(content().string(containsString(">Body text</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"9\"")))
                .andExpect(content().string(containsString("<span class=\"visually-hidden\">removed</span>")))
                .andExpect(content().string(containsString("<code>Ada&#39;s line</code>")))
                .andExpect(content().string(containsString("<span class=\"visually-hidden\">added</span>")));
    }

    @Test
    void theLivePreviewAnswersSanitizedHtmlOrA400ForTooMuchText() throws Exception {
        when(editing.preview("**hi**", Language.EN)).thenReturn("<p><strong>hi</strong></p>");
        when(editing.preview("huge", Language.EN)).thenThrow(new InvalidInputException(List.of(
                InvalidInputException.FieldProblem.of("markdown", "editing.error.tooLong", 100000))));

        mvc.perform(post("/editor/topics/preview").with(user(EDITOR)).param("markdown", "**hi**"))
                .andExpect(status().isOk())
                .andExpect(content().string("<p><strong>hi</strong></p>"));
        mvc.perform(post("/editor/topics/preview").with(user(EDITOR)).param("markdown", "huge").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("At most 100,000 characters."));
    }

    @Test
    void theLivePreviewDrawsFiguresInTheBodysLanguageAndNamesTheLineOfABadOne() throws Exception {
        when(editing.preview("fig", Language.ZH)).thenReturn("<figure class=\"diagram\">图</figure>");
        when(editing.preview("bad", Language.ZH)).thenThrow(new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("markdown", "diagram.error.undefined", List.of(7, "z")))));

        mvc.perform(post("/editor/topics/preview").with(user(EDITOR)).param("markdown", "fig").param("language", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string("<figure class=\"diagram\">图</figure>"));
        mvc.perform(post("/editor/topics/preview").with(user(EDITOR)).param("markdown", "bad").param("language", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("line 7")))
                .andExpect(content().string(containsString("\"z\" is not declared")));
    }

    @Test
    void thePreviewButtonShowsABadFigureAsAnErrorOnItsBody() throws Exception {
        when(editing.preview("Body text", Language.EN)).thenReturn("<p>Body text</p>");
        when(editing.preview("正文", Language.ZH)).thenThrow(new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("markdown", "diagram.error.missingHeader", List.of(3, "desc")))));

        mvc.perform(post("/editor/topics/tcp-connection-states/edit").with(user(EDITOR))
                        .contentType("application/x-www-form-urlencoded")
                        .content(validForm("ignored") + "&version=3&action=preview"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Figure, line 3: the header &quot;desc:&quot; is missing")))
                .andExpect(content().string(containsString("id=\"bodyZh-error\"")));
        verify(editing, never()).save(anyString(), any(), any());
    }

    @Test
    void thePreviewNeedsTheCsrfTokenAndAnEditor() throws Exception {
        mvc.perform(post("/editor/topics/preview").with(user(EDITOR)).with(csrf().useInvalidToken()).param("markdown", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/editor/topics/preview").with(user(LEARNER)).param("markdown", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/editor/topics/new").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void deletingWithoutTheLoadedVersionIsRefused() throws Exception {
        when(editing.deletionImpact(eq("websocket"), any())).thenReturn(new TopicEditing.DeletionImpact("websocket",
                "WebSocket", 2, new dev.interviewlab.quiz.TopicQuizzes.Usage(4, 3, 12), List.of()));

        mvc.perform(post("/editor/topics/websocket/delete").with(user(EDITOR)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The form is missing the version")))
                .andExpect(content().string(containsString("Quiz items on this topic: 4 (3 of them drawn by new quizzes)")))
                .andExpect(content().string(containsString("Past quiz attempts that drew them: 12")));
        verify(editing, never()).delete(anyString(), anyLong(), any(), any());
    }

    @Test
    void aDeletionAfterAChangeAsksAgain() throws Exception {
        when(editing.deletionImpact(eq("websocket"), any())).thenReturn(new TopicEditing.DeletionImpact("websocket",
                "WebSocket", 3, new dev.interviewlab.quiz.TopicQuizzes.Usage(0, 0, 0), List.of()));
        doThrow(new EditConflictException("websocket", 3, null, null)).when(editing)
                .delete(eq("websocket"), eq(2L), any(), any());

        mvc.perform(post("/editor/topics/websocket/delete").with(user(EDITOR)).param("version", "2").param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone changed this topic after this page was loaded")))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
    }

    @Test
    void anUnknownComparisonIsABadRequestAndATooLongRestoreSummaryIsRefused() throws Exception {
        mvc.perform(get("/editor/topics/websocket/revisions/1").with(user(EDITOR)).param("compare", "sideways"))
                .andExpect(status().isBadRequest());

        when(editing.compare("websocket", 1, TopicEditing.Compare.PREVIOUS)).thenReturn(new TopicEditing.RevisionComparison(
                "websocket", new RevisionHeader(1, ChangeKind.ORIGINAL, RevisionAuthor.none(), Instant.EPOCH, ""),
                TopicEditing.Compare.PREVIOUS, null, TextDiff.between("", "a"), true));
        when(editing.title(eq("websocket"), any())).thenReturn("WebSocket");
        doThrow(new InvalidInputException(List.of(InvalidInputException.FieldProblem.of("summary", "editing.error.tooLong", 300))))
                .when(editing).restore(eq("websocket"), anyInt(), any(), any());

        mvc.perform(post("/editor/topics/websocket/revisions/1/restore").with(user(EDITOR)).param("lang", "en")
                        .param("summary", "x".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("At most 300 characters.")))
                .andExpect(content().string(containsString("Revision 1 of WebSocket")))
                .andExpect(content().string(not(containsString("Restored revision 1\""))));
    }
}
