package dev.interviewlab.topic;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.interviewlab.SiteClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic page signed-in readers get is rendered once for all of them, with only their own parts
 * (name, sign-out token, marks) added per request: each reader sees their own, never another's, and an
 * edit of a topic shows at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class SignedInTopicPageFullStackTest {

    private static final String TOPIC = "/topics/tcp-connection-states";
    private static final String PASSWORD = "a reader's long passphrase";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private SiteClient ada;
    private SiteClient bob;

    @BeforeEach
    void twoReadersSignIn() throws Exception {
        ada = reader("ada", "Ada Reader", Role.LEARNER);
        bob = reader("bob", "Bob Reader", Role.LEARNER);
    }

    private SiteClient reader(String name, String displayName, Role role) throws Exception {
        String username = name + "-" + suffix;
        Account account = accounts.register(username, displayName + " " + suffix, PASSWORD, PASSWORD);
        if (role != Role.LEARNER) {
            accounts.grant(account.getId(), role);
        }
        SiteClient client = new SiteClient(port, false);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    @Test
    void eachReaderSeesTheirOwnNameMarksAndTokenOnTheSharedPage() throws Exception {
        assertThat(ada.form("/account/bookmarks", "topic=tcp-connection-states&back=topic").statusCode()).isEqualTo(302);
        assertThat(ada.form("/account/reads", "topic=tcp-connection-states&read=true&back=topic").statusCode()).isEqualTo(302);
        String adaToken = SiteClient.unmask(ada.csrfToken());
        String bobToken = SiteClient.unmask(bob.csrfToken());
        assertThat(adaToken).isNotEqualTo(bobToken);

        // in turns, so that each reader's page is served from the page rendered for the other
        for (int round = 0; round < 2; round++) {
            String adaPage = page(ada);
            assertThat(adaPage).contains("Ada Reader " + suffix).doesNotContain("Bob Reader")
                    .contains("Remove bookmark").contains("Mark as unread")
                    .doesNotContain("Sign in to bookmark").doesNotContain(">Register<");
            assertThat(tokens(adaPage)).containsExactly(adaToken);

            String bobPage = page(bob);
            assertThat(bobPage).contains("Bob Reader " + suffix).doesNotContain("Ada Reader")
                    .contains(">Bookmark this topic<").contains("Mark as read").doesNotContain("Remove bookmark")
                    .doesNotContain("/account/bookmarks/");
            assertThat(tokens(bobPage)).containsExactly(bobToken);

            // guests still get their page, with no reader's parts in it
            String guestPage = whole(new SiteClient(port, false).get(TOPIC));
            assertThat(guestPage).contains("Sign in to bookmark").doesNotContain("Reader " + suffix)
                    .doesNotContain("name=\"_csrf\"");
        }
        // and a token from the page works for its reader
        assertThat(ada.form("/account/reads", "topic=tcp-connection-states&read=false&back=topic").statusCode())
                .isEqualTo(302);
        assertThat(page(ada)).contains("Mark as read").doesNotContain("Mark as unread").contains("Remove bookmark");
    }

    @Test
    void theTopicListAndACategoryAreKeptTooAndEachReaderSeesTheirOwnLinksAndToken() throws Exception {
        String adaToken = SiteClient.unmask(ada.csrfToken());
        String bobToken = SiteClient.unmask(bob.csrfToken());
        for (int round = 0; round < 2; round++) {
            for (String path : new String[] {"/topics", "/categories/networking"}) {
                String adaPage = whole(ada.get(path));
                assertThat(adaPage).as(path).contains("Ada Reader " + suffix).doesNotContain("Bob Reader")
                        .contains("TCP").doesNotContain(">Register<");
                assertThat(tokens(adaPage)).containsExactly(adaToken);
                String bobPage = bob.get(path).body();
                assertThat(bobPage).as(path).contains("Bob Reader " + suffix).doesNotContain("Ada Reader");
                assertThat(tokens(bobPage)).containsExactly(bobToken);
                String guestPage = whole(new SiteClient(port, false).get(path));
                assertThat(guestPage).as(path).contains(">Register<").doesNotContain("Reader " + suffix)
                        .doesNotContain("name=\"_csrf\"");
            }
        }
    }

    @Test
    void anEditShowsAtOnceAndOnlyEditorsGetTheEditorsLinks() throws Exception {
        SiteClient eve = reader("eve", "Eve Editor", Role.EDITOR);
        String slug = "cached-" + suffix;
        HttpResponse<String> created = eve.form("/editor/topics", "slug=" + slug
                + "&categorySlug=networking&difficulty=beginner&titleEn=" + encode("First title " + suffix)
                + "&titleZh=" + encode("标题") + "&summaryEn=Summary&summaryZh=" + encode("摘要")
                + "&bodyEn=" + encode("First body") + "&bodyZh=" + encode("正文") + "&tags=t&related=&changeSummary=new");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String path = "/topics/" + slug;
        assertThat(ada.get(path).body()).contains("First title " + suffix).doesNotContain("/editor/topics/" + slug + "/edit");
        assertThat(ada.get("/categories/networking").body()).contains("First title " + suffix).doesNotContain("/editor/topics\"");
        assertThat(eve.get("/categories/networking").body()).contains("First title " + suffix).contains("/editor/topics\"");
        assertThat(new SiteClient(port, false).get("/topics").body()).contains("First title " + suffix);
        assertThat(eve.get(path).body()).contains("First title " + suffix).contains("/editor/topics/" + slug + "/edit");

        String form = eve.get("/editor/topics/" + slug + "/edit").body();
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).isTrue();
        HttpResponse<String> edited = eve.form("/editor/topics/" + slug + "/edit", "categorySlug=networking&difficulty=beginner"
                + "&titleEn=" + encode("Second title " + suffix) + "&titleZh=" + encode("标题") + "&summaryEn=Summary"
                + "&summaryZh=" + encode("摘要") + "&bodyEn=" + encode("Second body") + "&bodyZh=" + encode("正文")
                + "&tags=t&related=&changeSummary=edit&version=" + version.group(1));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);

        assertThat(ada.get(path).body()).contains("Second title " + suffix).contains("Second body")
                .doesNotContain("First title").doesNotContain("/editor/topics/" + slug + "/edit");
        assertThat(eve.get(path).body()).contains("Second title " + suffix).contains("Eve Editor " + suffix);
        assertThat(ada.get("/categories/networking").body()).contains("Second title " + suffix).doesNotContain("First title");
        assertThat(new SiteClient(port, false).get("/topics").body()).contains("Second title " + suffix);
    }

    @Test
    void aNameWithMarkupShowsAsTextAndAMarkShowsAtOnce() throws Exception {
        SiteClient zoe = reader("zoe", "<i>Zoë O'Hara \"&\"</i>", Role.LEARNER);
        String escaped = "&lt;i&gt;Zoë O&#39;Hara &quot;&amp;&quot;&lt;/i&gt; " + suffix;
        assertThat(page(zoe)).contains(escaped).doesNotContain("<i>Zoë").contains(">Bookmark this topic<");
        assertThat(page(ada)).doesNotContain("Zoë").contains(">Bookmark this topic<");

        assertThat(zoe.form("/account/bookmarks", "topic=tcp-connection-states&back=topic").statusCode()).isEqualTo(302);
        assertThat(page(zoe)).contains(escaped).contains("Remove bookmark").doesNotContain(">Bookmark this topic<");
        assertThat(page(ada)).contains("Ada Reader " + suffix).contains(">Bookmark this topic<")
                .doesNotContain("Remove bookmark");
    }

    private static String page(SiteClient reader) throws Exception {
        return whole(reader.get(TOPIC));
    }

    /** The page, checked to be all there: written piece by piece (FilledPage), it announces its UTF-8 length. */
    private static String whole(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(response.body()).endsWith("</html>\n");
        return response.body();
    }

    /** The tokens the page's forms carry, unmasked (Spring Security masks the session's token anew per use). */
    private static Set<String> tokens(String page) {
        return CSRF.matcher(page).results().map(match -> SiteClient.unmask(match.group(1))).collect(Collectors.toSet());
    }
}
