package dev.interviewlab.security;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.bank.ItemFile;
import dev.interviewlab.quiz.bank.ItemFileParser;
import dev.interviewlab.quiz.bank.QuizBankLoader;
import dev.interviewlab.topic.importing.ImportException;
import dev.interviewlab.topic.importing.NoteImportService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each vector of {@code security/xss-vectors.txt} is stored where users put text — a topic's title
 * and body through the Markdown import, a quiz item's prompt, options and explanation through the
 * bank file parser and loader, an account's display name through registration and renaming — and
 * every page that shows it is rendered by the running site and must be inert ({@link InertHtml}).
 */
// its own context: the topics and items it stores must not show up in other tests' lists; it registers an
// account per vector from one address, which the registration throttle (per address) would otherwise slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"interviewlab.test.context=stored-xss",
        "interviewlab.login-throttle.address-slow-down-after=1000", "interviewlab.login-throttle.address-lock-after=1000",
        "interviewlab.registration-throttle.slow-down-after=1000", "interviewlab.registration-throttle.lock-after=1000"})
@DatabaseTest
class StoredXssTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    NoteImportService imports;

    @Autowired
    QuizBankLoader bank;

    @Autowired
    AccountService accounts;

    static Stream<Arguments> vectors() throws IOException {
        List<String> vectors;
        try (InputStream in = StoredXssTest.class.getResourceAsStream("/security/xss-vectors.txt")) {
            vectors = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\0", "\0").replace("\\t", "\t"))
                    .toList();
        }
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(30);
        assertThat(vectors).as("the vectors read back from PostgreSQL are in the file").containsAll(READ_BACK_ON_POSTGRESQL);
        boolean postgresql = onPostgresql();
        return IntStream.range(0, vectors.size()).filter(i -> !postgresql || READ_BACK_ON_POSTGRESQL.contains(vectors.get(i)))
                .mapToObj(i -> Arguments.of(i + 1, vectors.get(i)));
    }

    /**
     * The vectors of the PostgreSQL pass. Every vector's pages are checked on H2; what PostgreSQL adds is the
     * stored text read back from its columns, which depends on the characters a vector holds, not on the
     * HTML trick it plays. One vector of each kind: tags, NUL (refused), tab, character references and a
     * C0 control, both quotes, an HTML comment, Markdown link syntax, Thymeleaf expressions. The whole
     * matrix on PostgreSQL took 196 s of CI's 25 minutes (docs/benchmarks/stored-xss-test.md).
     */
    static final List<String> READ_BACK_ON_POSTGRESQL = List.of(
            "<script>alert(1)</script>",
            "<scr\0ipt>alert(1)</scr\0ipt>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "\" onmouseover=\"alert(1)",
            "' autofocus onfocus='alert(1)",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "[click](java&#x09;script:alert(1))",
            "[[${31336+1}]]",
            "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/xss')}__::.x");

    /** As {@link dev.interviewlab.PostgresIntegrationTests} tells CI's PostgreSQL pass (.ci/run). */
    private static boolean onPostgresql() {
        return String.valueOf(System.getenv("SPRING_PROFILES_ACTIVE")).contains("postgres");
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("vectors")
    void aTopicImportedWithTheVectorRendersInert(int number, String vector) throws Exception {
        String probe = "xssprobe" + number;
        String markdown = "---\ntitle: probe\ncategories: [XSS probes]\n---\n\n# " + vector + " " + probe + "\n\n"
                + vector + "\n\n" + probe + " in a paragraph: " + vector + "\n\n- " + vector + "\n\n> " + vector + "\n";
        byte[] file = markdown.getBytes(StandardCharsets.UTF_8);
        if (vector.indexOf('\0') >= 0) {
            // the importer takes a NUL byte for a binary file and refuses all of it: nothing is stored
            assertThatThrownBy(() -> imports.plan("xss-" + number + ".md", file, 1)).isInstanceOf(ImportException.class)
                    .hasMessage("import.error.binary");
            return;
        }
        List<String> slugs = imports.save(imports.plan("xss-" + number + ".md", file, 1));
        assertThat(slugs).hasSize(1);
        String slug = slugs.get(0);

        SiteClient site = new SiteClient(port, true);
        assertInert(site, "/topics/" + slug, probe);
        assertInert(site, "/topics/" + slug + "?lang=zh", probe);
        assertInert(site, "/topics", probe);
        assertInert(site, "/search?q=" + probe, probe);

        // a heading's title is its text without markup; a front-matter title (and tag) keeps every character
        String titled = "---\ntitle: " + yamlString(vector + " title" + probe) + "\ntags: [" + yamlString(vector) + "]\n"
                + "categories: [XSS probes]\n---\n\nA body without headings.\n";
        String titledSlug = imports.save(imports.plan("titled-xss-" + number + ".md",
                titled.getBytes(StandardCharsets.UTF_8), 1)).get(0);
        assertInert(site, "/topics/" + titledSlug, "title" + probe);
        assertThat(Jsoup.parse(site.get("/topics/" + titledSlug).body()).select("h1").text())
                .as("the title is shown as text").contains(vector.strip().replaceAll("\\s+", " "));
        assertInert(site, "/topics", "title" + probe);

        SiteClient editor = signedIn(Role.EDITOR);
        String boundary = "xss-boundary-" + number;
        HttpResponse<String> preview = editor.send("POST", "/import", "multipart/form-data; boundary=" + boundary,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"splitLevel\"\r\n\r\n1\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"xss.md\"\r\n"
                        + "Content-Type: text/markdown\r\n\r\n" + markdown + "\r\n--" + boundary + "--\r\n");
        assertThat(preview.statusCode()).as("the import preview").isEqualTo(200);
        assertThat(Jsoup.parse(preview.body()).text()).contains(probe);
        assertThat(InertHtml.problems(preview.body())).as("the import preview").isEmpty();
    }

    private static final String EDITOR_PASSWORD = "stored xss editor password";

    /**
     * One signed-in browser per staff role for the whole class: a sign-in is a bcrypt check (tens of ms of
     * CPU), and signing in again for each of 64 vectors × 3 tests made a quarter of the class's time.
     */
    private static final Map<Role, SiteClient> STAFF = new java.util.EnumMap<>(Role.class);
    private static int staffPort;

    private synchronized SiteClient signedIn(Role role) throws Exception {
        if (staffPort != port) {
            STAFF.clear();
            staffPort = port;
        }
        SiteClient client = STAFF.get(role);
        if (client == null) {
            client = new SiteClient(port, false);
            client.signIn(staffName(role), EDITOR_PASSWORD);
            STAFF.put(role, client);
        }
        return client;
    }

    /** One account per staff role for the whole class, created when first needed. */
    private synchronized String staffName(Role role) {
        String name = "xss-" + role.name().toLowerCase();
        if (accounts.all().stream().noneMatch(account -> account.getUsername().equals(name))) {
            accounts.grant(accounts.register(name, role.name(), EDITOR_PASSWORD, EDITOR_PASSWORD).getId(), role);
        }
        return name;
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("vectors")
    void aTopicEditedWithTheVectorRendersInertInTheEditorAndOnTheSite(int number, String vector) throws Exception {
        String probe = "editprobe" + number;
        String slug = imports.save(imports.plan("edit-xss-" + number + ".md",
                ("# Edited topic " + probe + "\n\nA harmless body.\n").getBytes(StandardCharsets.UTF_8), 1)).get(0);
        SiteClient editor = signedIn(Role.EDITOR);
        String edit = "/editor/topics/" + slug + "/edit";
        Map<String, String> form = formFields(editor.get(edit).body(), edit);
        for (String language : List.of("En", "Zh")) {
            form.put("title" + language, vector + " " + probe);
            form.put("summary" + language, vector);
            form.put("body" + language, vector + "\n\n" + probe + " " + vector + "\n\n- " + vector + "\n");
        }
        form.put("changeSummary", vector);

        form.put("action", "preview");
        HttpResponse<String> preview = editor.form(edit, encode(form));
        assertThat(preview.statusCode()).as("the editor's preview").isIn(200, 400);
        assertThat(InertHtml.problems(preview.body())).as("the editor's preview").isEmpty();
        HttpResponse<String> livePreview = editor.form("/editor/topics/preview", "markdown=" + SiteClient.encode(vector));
        assertThat(InertHtml.problems("<!DOCTYPE html><html><body>" + livePreview.body() + "</body></html>"))
                .as("the live preview").isEmpty();

        form.put("action", "save");
        HttpResponse<String> saved = editor.form(edit, encode(form));
        if (saved.statusCode() == 400) {
            // refused (a control character): the form shows the text again
            assertThat(vector).containsAnyOf("\0", "\t");
            assertThat(InertHtml.problems(saved.body())).as("the refused form").isEmpty();
            return;
        }
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertInert(new SiteClient(port, false), "/topics/" + slug, probe);
        assertInert(editor, "/topics/" + slug + "?lang=zh", probe);
        assertInert(editor, edit, null);
        String history = "/editor/topics/" + slug + "/history";
        assertInert(editor, history, null);
        List<String> revisions = Jsoup.parse(editor.get(history).body()).select("a[href*=/revisions/]").eachAttr("href");
        assertThat(revisions).as("the history links its revisions").isNotEmpty();
        for (String revision : revisions) {
            assertInert(editor, revision.replaceFirst("^https?://[^/]+", ""), null);
        }
    }

    /** The values a browser would send from the form whose action ends with {@code action}. */
    private static Map<String, String> formFields(String html, String action) {
        Element form = Jsoup.parse(html).select("form[action$=" + action + "]").first();
        assertThat(form).as("the editing form").isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]:not([type=submit]):not([type=checkbox]):not([type=radio]), "
                + "input[name][type=checkbox][checked], input[name][type=radio][checked], textarea[name]")) {
            fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), chosen != null ? chosen.val() : select.select("option").first().val());
        }
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> SiteClient.encode(field.getKey()) + "=" + SiteClient.encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("vectors")
    void aQuizItemWithTheVectorRendersInertOnEveryQuizPage(int number, String vector) throws Exception {
        String probe = "quizprobe" + number;
        String slug = imports.save(imports.plan("quiz-xss-" + number + ".md",
                ("# Quiz topic " + probe + "\n\nA harmless body.\n").getBytes(StandardCharsets.UTF_8), 1)).get(0);
        String text = yamlString(vector);
        String yaml = "topic: " + slug + "\nitems:\n"
                + "  - id: xss-probe-" + number + "\n    type: single\n    difficulty: beginner\n    tags: []\n"
                + "    prompt: {en: " + yamlString(vector + " " + probe) + ", zh: " + yamlString(vector + " " + probe) + "}\n"
                + "    options:\n      - {id: a, en: " + text + ", zh: " + text + "}\n      - {id: b, en: plain, zh: plain}\n"
                + "    answer: a\n    explanation: {en: " + text + ", zh: " + text + "}\n";
        ItemFileParser.Parsed parsed = new ItemFileParser().parse("xss-" + number + ".yaml", yaml);
        bank.load(List.of(new ItemFile("test:xss-" + number + ".yaml", sha256(yaml), parsed.topicSlug(), parsed.items())));

        SiteClient site = new SiteClient(port, false);
        HttpResponse<String> started = site.form("/quizzes", "topics=" + slug + "&count=1&minutes=5");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String attempt = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")
                .replaceFirst("\\?.*", "");
        assertInert(site, attempt, probe);
        assertInert(site, attempt + "?lang=zh", probe);
        assertThat(site.form(attempt, "question=1&choice=a&go=review").statusCode()).isEqualTo(302);
        assertInert(site, attempt + "/review", null);
        assertThat(site.form(attempt + "/submit", "").statusCode()).isEqualTo(302);
        assertInert(site, attempt + "/result", probe);
        assertInert(site, attempt + "/result?lang=zh", probe);

        // the same item through the editor: preview, save, and the pages that show its history
        SiteClient editor = signedIn(Role.EDITOR);
        String item = "/editor/quiz-items/xss-probe-" + number;
        Map<String, String> form = formFields(editor.get(item + "/edit").body(), item);
        for (String language : List.of("En", "Zh")) {
            form.put("prompt" + language, vector + " edited " + probe);
            form.put("explanation" + language, vector + " edited");
        }
        form.put("options[0].en", vector + " edited");
        form.put("summary", vector);
        HttpResponse<String> preview = editor.form(item, encode(form) + "&preview=1");
        assertThat(preview.statusCode()).as("the item editor's preview").isIn(200, 400);
        assertThat(InertHtml.problems(preview.body())).as("the item editor's preview").isEmpty();
        HttpResponse<String> saved = editor.form(item, encode(form));
        assertThat(InertHtml.problems(saved.body())).as("the item editor's answer").isEmpty();
        if (saved.statusCode() == 302) {
            assertInert(editor, item + "/edit", null);
            String history = item + "/history";
            assertInert(editor, history, null);
            for (String link : Jsoup.parse(editor.get(history).body()).select("a[href*=/revisions/], a[href*=/diff]")
                    .eachAttr("href")) {
                assertInert(editor, link.replaceFirst("^https?://[^/]+", ""), null);
            }
        } else {
            assertThat(saved.statusCode()).as("refused, with the form shown again").isEqualTo(400);
            assertThat(vector).containsAnyOf("\0", "\t");
        }
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("vectors")
    void aDisplayNameWithTheVectorRendersInertInTheHeaderAndOnTheAccountPage(int number, String vector) throws Exception {
        String password = "stored xss password";
        SiteClient site = new SiteClient(port, false);
        String username = "xss-" + ACCOUNTS.incrementAndGet() + "-" + number;
        HttpResponse<String> registered = site.form("/register", "username=" + username + "&displayName="
                + SiteClient.encode(vector) + "&password=" + SiteClient.encode(password)
                + "&confirmation=" + SiteClient.encode(password));
        if (registered.statusCode() == 400) {
            // refused (too long, control characters): the form shows the name again, in the value attribute
            assertThat(InertHtml.problems(registered.body())).as("registration form").isEmpty();
            site = new SiteClient(port, false);
            registered = site.form("/register", "username=" + username + "&displayName=Probe&password="
                    + SiteClient.encode(password) + "&confirmation=" + SiteClient.encode(password));
        } else {
            assertInert(site, "/account", null);
            assertInert(site, "/today", null);
        }
        assertThat(registered.statusCode()).isEqualTo(302);

        HttpResponse<String> renamed = site.form("/account/profile", "displayName=" + SiteClient.encode(vector));
        assertThat(InertHtml.problems(renamed.body())).as("rename answer").isEmpty();
        assertInert(site, "/account", null);
        assertInert(site, "/quizzes", null);
        assertThat(accounts.all()).anyMatch(account -> account.getUsername().equals(username));

        SiteClient admin = signedIn(Role.ADMIN);
        assertInert(admin, "/admin/accounts", username);
    }

    private static void assertInert(SiteClient site, String path, String probe) throws Exception {
        HttpResponse<String> page = site.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        if (probe != null) {
            assertThat(Jsoup.parse(page.body()).text()).as("%s shows the stored text", path).contains(probe);
        }
        assertThat(InertHtml.problems(page.body())).as(path).isEmpty();
    }

    /** A YAML double-quoted scalar: JSON's escapes are YAML's too. */
    private static String yamlString(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> quoted.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
