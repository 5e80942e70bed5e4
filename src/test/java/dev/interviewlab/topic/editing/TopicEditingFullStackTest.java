package dev.interviewlab.topic.editing;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.interviewlab.SiteClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** Editors working on topics through the site, over HTTP, as two browsers would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class TopicEditingFullStackTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("/quizzes/attempts/([0-9a-f-]{36})");
    private static final String PASSWORD = "editor full stack password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    QuestionBank bank;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private SiteClient ada;
    private SiteClient grace;

    @BeforeEach
    void twoEditorsSignIn() throws Exception {
        ada = editor("ada");
        grace = editor("grace");
    }

    private SiteClient editor(String name) throws Exception {
        String username = name + "-" + suffix;
        Account account = accounts.register(username, name.substring(0, 1).toUpperCase() + name.substring(1), PASSWORD, PASSWORD);
        accounts.grant(account.getId(), Role.EDITOR);
        SiteClient client = new SiteClient(port, false);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private String createTopic(SiteClient editor, String slug, String bodyEn) throws Exception {
        HttpResponse<String> created = editor.form("/editor/topics", "slug=" + slug
                + "&categorySlug=networking&difficulty=beginner&titleEn=" + encode("Title " + slug)
                + "&titleZh=" + encode("标题") + "&summaryEn=Summary&summaryZh=" + encode("摘要")
                + "&bodyEn=" + encode(bodyEn) + "&bodyZh=" + encode("第一行\n第二行") + "&tags=t&related=&changeSummary=new");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/topics/" + slug);
        return slug;
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1);
    }

    private static String editForm(String bodyEn, String version, String summary) {
        return "categorySlug=networking&difficulty=intermediate&titleEn=Shared&titleZh=" + encode("共享")
                + "&summaryEn=Summary&summaryZh=" + encode("摘要") + "&bodyEn=" + encode(bodyEn)
                + "&bodyZh=" + encode("第一行\n第二行") + "&tags=t&related=&changeSummary=" + encode(summary)
                + "&version=" + version;
    }

    @Test
    void whenTwoEditorsSaveTheSameTopicTheSecondIsToldAndLosesNothing() throws Exception {
        String slug = createTopic(ada, "shared-" + suffix, "Line one\nLine two");
        String page = "/editor/topics/" + slug + "/edit";
        String adaVersion = version(ada.get(page).body());
        String graceVersion = version(grace.get(page).body());
        assertThat(graceVersion).isEqualTo(adaVersion);

        HttpResponse<String> adaSaves = ada.form(page, editForm("Line one\nAda's line two", adaVersion, "Ada's fix"));
        assertThat(adaSaves.statusCode()).as(adaSaves.body()).isEqualTo(302);

        HttpResponse<String> graceSaves = grace.form(page, editForm("Line one\nLine two\nGrace's line three", graceVersion, "Grace's addition"));
        assertThat(graceSaves.statusCode()).isEqualTo(409);
        assertThat(graceSaves.body())
                .contains("Someone else saved this topic while you were editing")
                .contains("It was saved by Ada")
                .contains("Line one\nLine two\nGrace&#39;s line three</textarea>")
                .contains("value=\"Grace&#39;s addition\"")
                .contains("<code>Ada&#39;s line two</code>")
                .contains("<span class=\"visually-hidden\">removed</span>")
                .contains("<code>Grace&#39;s line three</code>");
        assertThat(ada.get("/topics/" + slug).body()).contains("Ada's line two").doesNotContain("Grace");

        // Grace merges by hand and saves again, now based on Ada's version
        String merged = "Line one\nAda's line two\nGrace's line three";
        HttpResponse<String> again = grace.form(page, editForm(merged, version(graceSaves.body()), "Grace's addition, merged"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        assertThat(grace.get("/topics/" + slug).body()).contains("Ada's line two").contains("Grace's line three");

        String history = ada.get("/editor/topics/" + slug + "/history").body();
        assertThat(history).contains("Grace&#39;s addition, merged").contains("Ada&#39;s fix").contains("Created");
        HttpResponse<String> diff = ada.get("/editor/topics/" + slug + "/revisions/3");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("From revision 2 to revision 3").contains("<code>Grace&#39;s line three</code>");
    }

    @Test
    void deletingATopicAfterAQuizKeepsTheResultReadable() throws Exception {
        String slug = createTopic(ada, "quizzed-" + suffix, "Quizzed body");
        new QuizTestData(categories, topics, items).oneOfEachType(slug, Difficulty.BEGINNER);
        bank.forget();

        SiteClient learner = new SiteClient(port, false);
        HttpResponse<String> started = learner.form("/quizzes", "topics=" + slug + "&count=5&minutes=5");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher id = ATTEMPT.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        String attempt = "/quizzes/attempts/" + id.group(1);
        assertThat(learner.form(attempt + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(learner.get(attempt + "/result").body()).contains("href=\"/topics/" + slug + "\"");

        String confirmation = ada.get("/editor/topics/" + slug + "/delete").body();
        assertThat(confirmation).contains("Quiz items on this topic: 5 (5 of them drawn by new quizzes)")
                .contains("Past quiz attempts that drew them: 1");
        HttpResponse<String> deleted = ada.form("/editor/topics/" + slug + "/delete",
                "version=" + version(confirmation) + "&summary=" + encode("no longer needed"));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(302);

        HttpResponse<String> result = learner.get(attempt + "/result");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("(topic deleted)").doesNotContain("href=\"/topics/" + slug + "\"");
        assertThat(learner.get("/topics/" + slug).statusCode()).isEqualTo(404);
        assertThat(learner.get("/quizzes/history").statusCode()).isEqualTo(200);
        assertThat(items.findAll().stream().filter(item -> item.getTopicSlug().equals(slug)))
                .hasSize(5).allMatch(QuizItem::isRetired);
        HttpResponse<String> another = learner.form("/quizzes", "topics=" + slug + "&count=1&minutes=5");
        assertThat(another.statusCode()).isEqualTo(400);

        String history = ada.get("/editor/topics/" + slug + "/history").body();
        assertThat(history).contains("This topic is deleted").contains("no longer needed");
    }

    @Test
    void onlyEditorsSeeTheEditLinkAndGuestsGetTheCachedPage() throws Exception {
        String slug = createTopic(ada, "linked-" + suffix, "Body");
        String link = "href=\"/editor/topics/" + slug + "/edit\"";
        SiteClient guest = new SiteClient(port, false);
        assertThat(ada.get("/topics/" + slug).body()).contains(link);
        assertThat(guest.get("/topics/" + slug).body()).doesNotContain(link);
        assertThat(guest.get("/topics/" + slug).body()).doesNotContain(link);

        Account learnerAccount = accounts.register("lea-" + suffix, "Lea", PASSWORD, PASSWORD);
        SiteClient learner = new SiteClient(port, false);
        learner.signIn(learnerAccount.getUsername(), PASSWORD);
        assertThat(learner.get("/topics/" + slug).body()).doesNotContain(link).contains("Lea");
        assertThat(learner.get("/editor/topics/" + slug + "/edit").statusCode()).isEqualTo(403);
    }

    @Test
    void theLivePreviewIsSanitizedAndNeedsTheCsrfHeader() throws Exception {
        String body = "markdown=" + encode("**bold** <script>alert(1)</script><img src=x onerror=alert(1)>");
        HttpResponse<String> preview = ada.form("/editor/topics/preview", body);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("onerror");

        HttpResponse<String> forged = ada.sendWithoutCsrfToken("POST", "/editor/topics/preview",
                "application/x-www-form-urlencoded", body);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void anEditIsSearchableAtOnce() throws Exception {
        String word = "zq" + suffix.replace("-", "");
        String slug = createTopic(ada, "searched-" + suffix, "Nothing special");
        String page = "/editor/topics/" + slug + "/edit";
        HttpResponse<String> saved = ada.form(page, editForm("Now with " + word, version(ada.get(page).body()), ""));
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(ada.get("/api/search?q=" + word).body()).contains("\"slug\":\"" + slug + "\"");
    }
}
