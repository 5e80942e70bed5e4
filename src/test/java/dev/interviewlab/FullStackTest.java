package dev.interviewlab;

import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.topic.content.BuiltInContentReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a random port, driven over HTTP like a browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class FullStackTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private SiteClient site;

    @BeforeEach
    void openTheSite() {
        site = new SiteClient(port, true);
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return site.get(path, language);
    }

    @Test
    void everyBuiltInTopicIsBrowsableInBothLanguages() throws Exception {
        var topics = new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read().topics();
        for (var file : topics) {
            String slug = file.draft().slug();
            HttpResponse<String> english = get("/topics/" + slug + "?lang=en", "en");
            HttpResponse<String> chinese = get("/topics/" + slug + "?lang=zh", "en");
            assertThat(english.statusCode()).as(slug).isEqualTo(200);
            assertThat(chinese.statusCode()).as(slug).isEqualTo(200);
            assertThat(english.body()).contains(escapeHtml(file.draft().title().en())).contains("lang=\"en\"");
            assertThat(chinese.body()).contains(escapeHtml(file.draft().title().zh())).contains("lang=\"zh\"");
        }
        HttpResponse<String> list = get("/topics", "zh-CN");
        assertThat(list.body()).contains("计算机网络").contains("/topics/git-merge-vs-rebase");
    }

    @Test
    void searchFindsTopicsInChineseAndEnglish() throws Exception {
        assertThat(get("/api/search?q=" + encode("三色"), "en").body()).contains("\"slug\":\"go-garbage-collector\"");
        assertThat(get("/api/search?q=" + encode("time wait"), "en").body()).contains("\"slug\":\"tcp-connection-states\"");
        assertThat(get("/api/search?q=rebase&lang=zh", "en").body()).contains("git-merge-vs-rebase").contains("<mark>");
        assertThat(get("/search?q=" + encode("AND ( \" *"), "en").statusCode()).isEqualTo(200);
        assertThat(get("/api/topics?lang=zh", "en").body()).contains("\"slug\":\"websocket\"").contains("\"category\":\"networking\"");
    }

    @Test
    void unknownAddressesGetTheSitesOwn404Page() throws Exception {
        HttpResponse<String> missing = get("/topics/no-such-topic", "zh");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在").contains("class=\"site-header\"");
    }

    @Test
    void importedNotesBecomeSearchableTopics() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String notes = "---\ntitle: Mine\ncategories: [My notes]\n---\n# " + marker + " first\nAlpha " + marker + "\n# Second " + marker + "\nBeta\n";
        String boundary = "----interviewlab" + marker;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"splitLevel\"\r\n\r\n1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mine.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + notes + "\r\n--" + boundary + "--\r\n";
        String editor = "editor-" + marker;
        accounts.grant(accounts.register(editor, "Editor", "correct horse battery", "correct horse battery").getId(), Role.EDITOR);
        site.signIn(editor, "correct horse battery");
        HttpResponse<String> preview = site.send("POST", "/import", "multipart/form-data; boundary=" + boundary, body);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(get("/topics/" + marker + "-first", "en").statusCode()).as("nothing is saved before confirming").isEqualTo(404);

        String token = preview.body().replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> done = site.form("/import/confirm", "token=" + token);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains(marker + "-first");

        assertThat(get("/topics/" + marker + "-first", "en").body()).contains("Alpha " + marker);
        assertThat(get("/api/search?q=" + marker, "en").body()).contains("\"slug\":\"" + marker + "-first\"");
    }

    @Test
    void staticFilesAndHealthAreServed() throws Exception {
        assertThat(get("/assets/css/site.css", "en").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", "en").body()).contains("UP");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
