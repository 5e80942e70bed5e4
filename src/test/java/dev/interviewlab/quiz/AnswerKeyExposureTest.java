package dev.interviewlab.quiz;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.AccountRepository;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.attempt.AttemptRepository;
import dev.interviewlab.quiz.bank.AnswerKey;
import dev.interviewlab.quiz.bank.QuizItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one place that checks the rule "answer keys only for finished attempts" on every path that
 * shows attempts or items to a learner: the quiz pages and API, history and progress, the account
 * pages and data export, and an admin's read-only views of the learner. A guest starts a quiz,
 * answers one question right, registers mid-quiz (the attempt moves to the account) and walks
 * every path; none may show a right answer, an explanation, a verdict or points. After submitting,
 * the result page, the API's result, the export and the admin's view show them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H"})
@Import(TestClockConfiguration.class)
@DatabaseTest
class AnswerKeyExposureTest {

    private static final Pattern ATTEMPT_ID = Pattern.compile("/quizzes/attempts/([0-9a-f-]{36})");
    /** JSON fields that carry a key, a judgement of an answer or a score: null or absent while open. */
    private static final Set<String> KEY_FIELDS = Set.of("correctAnswer", "explanation", "explanationHtml", "expected",
            "verdict", "points", "score", "percent", "correct");
    /** The result page's parts that show keys and judgements. */
    private static final List<String> KEY_MARKUP = List.of("class=\"answer expected\"", "class=\"explanation\"",
            "verdict-", "class=\"verdict\"", "class=\"points\"");
    private static final String PASSWORD = "exposure test passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    record Drawn(AnswerKey key, List<String> explanationFragments) {
    }

    @Test
    void noPathShowsTheKeysOfAnOpenAttemptAndTheFinishedAttemptShowsThem() throws Exception {
        SiteClient learner = new SiteClient(port, false);
        HttpResponse<String> started = learner.form("/quizzes", "topics=tcp-connection-states&topics=websocket&count=4&minutes=20");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher matcher = ATTEMPT_ID.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        String id = matcher.group(1);
        List<Drawn> drawn = drawn(id);
        String page = "/quizzes/attempts/" + id;
        String api = "/api/quizzes/attempts/" + id;
        assertThat(learner.form(page, "question=1&" + rightAnswerAsForm(drawn.get(0).key()) + "&go=next").statusCode())
                .isEqualTo(302);

        assertNoKeys(walkAsLearner(learner, id, drawn.size(), false), drawn);

        String username = "exposed-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = learner.form("/register", "username=" + username + "&displayName=Exposed&password="
                + SiteClient.encode(PASSWORD) + "&confirmation=" + SiteClient.encode(PASSWORD));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        long accountId = accounts.findByUsername(username).orElseThrow().getId();
        SiteClient admin = admin();

        Map<String, String> open = walkAsLearner(learner, id, drawn.size(), true);
        open.putAll(walkAsAdmin(admin, accountId, id));
        assertThat(open).containsKeys("/account/export", "/admin/accounts/" + accountId + "/attempts/" + id);
        assertNoKeys(open, drawn);
        JsonNode openExport = json.readTree(open.get("/account/export")).get("quizAttempts").get(0);
        assertThat(openExport.get("id").asString()).isEqualTo(id);
        assertThat(openExport.get("status").asString()).isEqualTo("open");
        assertThat(openExport.get("questions").get(0).get("answer").isNull()).as("the learner's own answer is theirs").isFalse();

        assertThat(learner.form(page + "/submit", "").statusCode()).isEqualTo(302);

        HttpResponse<String> result = learner.get(page + "/result");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("class=\"answer expected\"").contains("verdict-correct");
        assertShowsEveryExplanation(result.body(), drawn);
        String apiResult = learner.json("GET", api + "/result", null).body();
        assertShowsEveryExplanation(apiResult, drawn);
        for (JsonNode question : json.readTree(apiResult).get("questions")) {
            assertThat(question.get("correctAnswer").isNull()).isFalse();
            assertThat(question.get("verdict").asString()).isNotBlank();
        }
        JsonNode export = json.readTree(learner.get("/account/export").body()).get("quizAttempts").get(0);
        assertThat(export.get("status").asString()).isEqualTo("finished");
        assertThat(export.get("score").asDouble()).isGreaterThanOrEqualTo(1.0);
        for (JsonNode question : export.get("questions")) {
            assertThat(question.get("correctAnswer").isNull()).as("export after submission").isFalse();
            assertThat(question.get("points").isNull()).isFalse();
        }
        HttpResponse<String> inspected = admin.get("/admin/accounts/" + accountId + "/attempts/" + id);
        assertThat(inspected.statusCode()).isEqualTo(200);
        assertShowsEveryExplanation(inspected.body(), drawn);
    }

    /** Every path a learner (or a guest, before registering) has that shows the attempt or its items. */
    private Map<String, String> walkAsLearner(SiteClient learner, String id, int questions, boolean signedIn) throws Exception {
        String page = "/quizzes/attempts/" + id;
        String api = "/api/quizzes/attempts/" + id;
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/", "/quizzes", page, page + "/review", page + "/result",
                "/quizzes/history", "/topics/tcp-connection-states", "/topics/websocket", "/api/quizzes/bank",
                "/api/quizzes/attempts", api, api + "/result"));
        for (int position = 1; position <= questions; position++) {
            paths.add(page + "?q=" + position);
        }
        if (signedIn) {
            paths.addAll(List.of("/account", "/account/progress", "/account/export"));
        }
        for (String path : paths) {
            HttpResponse<String> response = path.startsWith("/api/") ? learner.json("GET", path, null) : learner.get(path);
            assertThat(response.statusCode()).as(path).isLessThan(500).isNotIn(401, 403, 404);
            bodies.put(path, response.body());
        }
        // the answers to what a page's script sends
        bodies.put("PUT " + api + "/questions/2/answer", learner.json("PUT", api + "/questions/2/answer", "{\"answer\":\"a\"}").body());
        bodies.put("PUT " + api + "/questions/2/flag", learner.json("PUT", api + "/questions/2/flag", "{\"flagged\":true}").body());
        bodies.put("DELETE " + api + "/questions/2/answer", learner.json("DELETE", api + "/questions/2/answer", null).body());
        bodies.put("POST " + api + "/next", learner.json("POST", api + "/next", null).body());
        return bodies;
    }

    private Map<String, String> walkAsAdmin(SiteClient admin, long accountId, String id) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : List.of("/admin/accounts", "/admin/accounts/" + accountId + "/history",
                "/admin/accounts/" + accountId + "/progress", "/admin/accounts/" + accountId + "/attempts/" + id)) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 302);
            bodies.put(path, response.body());
        }
        return bodies;
    }

    private void assertNoKeys(Map<String, String> bodies, List<Drawn> drawn) {
        bodies.forEach((path, body) -> {
            for (Drawn question : drawn) {
                for (String fragment : question.explanationFragments()) {
                    assertThat(body).as("%s shows an explanation", path).doesNotContain(fragment);
                }
            }
            String trimmed = body.strip();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                noKeyFields(path, json.readTree(trimmed));
            } else {
                for (String markup : KEY_MARKUP) {
                    assertThat(body).as("%s shows a key or a verdict", path).doesNotContain(markup);
                }
            }
        });
    }

    private void noKeyFields(String path, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (KEY_FIELDS.contains(field.getKey())) {
                    assertThat(field.getValue().isNull()).as("%s has %s = %s", path, field.getKey(), field.getValue()).isTrue();
                }
                noKeyFields(path, field.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(element -> noKeyFields(path, element));
        }
    }

    private static void assertShowsEveryExplanation(String body, List<Drawn> drawn) {
        for (Drawn question : drawn) {
            assertThat(body).contains(question.explanationFragments().get(0));
        }
    }

    /**
     * The drawn items' keys, and from each explanation (both languages) its longest run without
     * characters that Markdown or escaping may change, so it reads the same in HTML and JSON.
     */
    private List<Drawn> drawn(String attemptId) {
        return transactions.execute(status -> {
            var attempt = attempts.findByPublicId(attemptId).orElseThrow();
            List<Drawn> drawn = new ArrayList<>();
            for (int position = 1; position <= attempt.getQuestions().size(); position++) {
                QuizItem item = attempt.question(position).getItem();
                drawn.add(new Drawn(item.answerKey(),
                        List.of(plainRun(item.getExplanation().en()), plainRun(item.getExplanation().zh()))));
            }
            return drawn;
        });
    }

    private static String plainRun(String markdown) {
        Matcher runs = Pattern.compile("[^'\"&<>`*_\\\\\\[\\]()]+").matcher(markdown);
        List<String> found = new ArrayList<>();
        while (runs.find()) {
            found.add(runs.group().strip());
        }
        String longest = found.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(longest.length()).as("a recognisable piece of: " + markdown).isGreaterThanOrEqualTo(8);
        return longest;
    }

    private static String rightAnswerAsForm(AnswerKey key) {
        if (key instanceof AnswerKey.Single single) {
            return "choice=" + single.option();
        } else if (key instanceof AnswerKey.Multiple multiple) {
            return String.join("&", multiple.options().stream().sorted().map(option -> "choices=" + option).toList());
        } else if (key instanceof AnswerKey.TrueFalse truth) {
            return "choice=" + truth.value();
        } else if (key instanceof AnswerKey.FillIn fillIn) {
            return "text=" + SiteClient.encode(fillIn.accepted().get(0));
        }
        return String.join("&", ((AnswerKey.Ordering) key).order().stream().map(option -> "order=" + option).toList());
    }

    private SiteClient admin() throws Exception {
        String name = "exposure-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.grant(accountService.register(name, "Admin", PASSWORD, PASSWORD).getId(), Role.ADMIN);
        SiteClient admin = new SiteClient(port, false);
        assertThat(admin.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        return admin;
    }
}
