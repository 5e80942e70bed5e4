package dev.interviewlab.quiz.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiz question's prompt and answer fields are rendered once per item and language for every learner
 * (QuestionBlocks) and filled with each learner's own answer per request: two learners taking the same item
 * see only their own answers, the page never shows the key, and an edited item shows its new text at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class QuestionBlocksFullStackTest {

    private static final String PASSWORD = "a learner's long passphrase";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("/quizzes/attempts/([^/?\"]+)");

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

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private String truthTopic;
    private String typedTopic;
    private SiteClient editor;

    @BeforeEach
    void twoTopicsWithOneItemEach() throws Exception {
        QuizTestData data = new QuizTestData(categories, topics, items);
        var category = data.category("blocks");
        truthTopic = data.topic("blocks-truth", category);
        typedTopic = data.topic("blocks-typed", category);
        editor = signedIn("eve", Role.EDITOR);
        assertThat(editor.form("/editor/quiz-items", encoded(item("truth-" + suffix, truthTopic, "true-false",
                "Is the wombatword prompt shown?", null))).statusCode()).isEqualTo(302);
        assertThat(editor.form("/editor/quiz-items", encoded(item("typed-" + suffix, typedTopic, "fill-in",
                "Name the numbatword state.", null))).statusCode()).isEqualTo(302);
    }

    @Test
    void twoLearnersOnTheSameItemSeeOnlyTheirOwnAnswers() throws Exception {
        SiteClient ada = signedIn("ada", Role.LEARNER);
        SiteClient bob = signedIn("bob", Role.LEARNER);
        String adaTruth = start(ada, truthTopic);
        String bobTruth = start(bob, truthTopic);
        String adaTyped = start(ada, typedTopic);
        String bobTyped = start(bob, typedTopic);
        save(ada, adaTruth, "choice=true");
        save(bob, bobTruth, "choice=false");
        save(ada, adaTyped, "text=" + SiteClient.encode("ada's <secret> " + suffix));

        // in turns, so that each learner's page is filled into the block rendered for the other
        for (int round = 0; round < 2; round++) {
            String adaPage = question(ada, adaTruth);
            assertThat(adaPage).contains("Is the wombatword prompt shown?");
            assertThat(checked(adaPage)).isEqualTo("true");

            String bobPage = question(bob, bobTruth);
            assertThat(bobPage).contains("Is the wombatword prompt shown?");
            assertThat(checked(bobPage)).isEqualTo("false");

            assertThat(typed(question(ada, adaTyped))).isEqualTo("ada's <secret> " + suffix);
            String bobTypedPage = question(bob, bobTyped);
            assertThat(bobTypedPage).contains("Name the numbatword state.").doesNotContain("secret")
                    .doesNotContain("data-reader-part").doesNotContain("reader-part");
            // the accepted answer is not on the page, for either learner
            assertThat(bobTypedPage).doesNotContain("quokkaword");
        }
        // another learner who has not answered gets no answer checked
        SiteClient cy = signedIn("cy", Role.LEARNER);
        assertThat(checked(question(cy, start(cy, truthTopic)))).isNull();
    }

    @Test
    void theKeptLayoutCarriesNoLearnersPartsAndAChangedAnswerShowsAtOnce() throws Exception {
        SiteClient ada = signedIn("ada", Role.LEARNER);
        SiteClient bob = signedIn("bob", Role.LEARNER);
        String adaTruth = start(ada, truthTopic);
        String bobTruth = start(bob, truthTopic);

        // in turns, twice, so that the second round is served from the kept layouts
        for (int round = 0; round < 2; round++) {
            String adaPage = question(ada, adaTruth);
            String bobPage = question(bob, bobTruth);
            assertThat(adaPage).contains(">ada " + suffix + "</a>").doesNotContain("bob " + suffix)
                    .contains("<title>Question 1 of 1 · ").doesNotContain("reader-part");
            assertThat(bobPage).contains(">bob " + suffix + "</a>").doesNotContain("ada " + suffix)
                    .doesNotContain("reader-part");
            // each page's tokens (sign-out form, question form) are its own learner's
            assertThat(tokens(adaPage)).isNotEmpty().allSatisfy(token -> assertThat(SiteClient.unmask(token))
                    .isEqualTo(SiteClient.unmask(ada.csrfToken())));
            assertThat(tokens(bobPage)).isNotEmpty().allSatisfy(token -> assertThat(SiteClient.unmask(token))
                    .isEqualTo(SiteClient.unmask(bob.csrfToken())));
            assertThat(adaPage).contains("action=\"/quizzes/attempts/" + adaTruth + "\"").doesNotContain(bobTruth);
        }

        // a saved answer (the form, then the autosave API) shows on the next page, never an older one
        save(ada, adaTruth, "choice=true");
        assertThat(checked(question(ada, adaTruth))).isEqualTo("true");
        assertThat(question(ada, adaTruth)).contains("1 of 1 answered");
        HttpResponse<String> saved = ada.json("PUT", "/api/quizzes/attempts/" + adaTruth + "/questions/1/answer",
                "{\"answer\": false}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(checked(question(ada, adaTruth))).isEqualTo("false");
        assertThat(ada.json("DELETE", "/api/quizzes/attempts/" + adaTruth + "/questions/1/answer", null).statusCode())
                .isEqualTo(200);
        assertThat(checked(question(ada, adaTruth))).isNull();
        assertThat(question(ada, adaTruth)).contains("0 of 1 answered");
        assertThat(checked(question(bob, bobTruth))).isNull();

        // bad input is still refused with a 4xx, and changes nothing
        assertThat(ada.json("PUT", "/api/quizzes/attempts/" + adaTruth + "/questions/1/answer", "{\"answer\": \"maybe\"}")
                .statusCode()).isEqualTo(400);
        assertThat(ada.json("PUT", "/api/quizzes/attempts/" + adaTruth + "/questions/2/answer", "{\"answer\": true}")
                .statusCode()).isBetween(400, 499);
        assertThat(bob.json("PUT", "/api/quizzes/attempts/" + adaTruth + "/questions/1/answer", "{\"answer\": true}")
                .statusCode()).isEqualTo(404);
        assertThat(bob.get("/quizzes/attempts/" + adaTruth + "?q=1").statusCode()).isEqualTo(404);
        assertThat(checked(question(ada, adaTruth))).isNull();
    }

    @Test
    void anEditedItemShowsItsNewTextAtOnce() throws Exception {
        SiteClient ada = signedIn("ada", Role.LEARNER);
        String attempt = start(ada, truthTopic);
        assertThat(question(ada, attempt)).contains("Is the wombatword prompt shown?");
        assertThat(question(ada, attempt)).contains("Is the wombatword prompt shown?"); // now from the kept block

        Map<String, String> edit = item("truth-" + suffix, truthTopic, "true-false", "Is the quollword prompt shown?",
                version(editor.get("/editor/quiz-items/truth-" + suffix + "/edit")));
        assertThat(editor.form("/editor/quiz-items/truth-" + suffix, encoded(edit)).statusCode()).isEqualTo(302);

        assertThat(question(ada, attempt)).contains("Is the quollword prompt shown?").doesNotContain("wombatword");
        assertThat(question(ada, start(ada, truthTopic))).contains("Is the quollword prompt shown?");
    }

    @Test
    void aTypedAnswerSavedByTheAutosaveIsInTheFieldWhenTheLearnerComesBack() throws Exception {
        SiteClient ada = signedIn("ada", Role.LEARNER);
        String typed = start(ada, typedTopic);
        assertThat(question(ada, typed)).contains("0 of 1 answered");
        assertThat(typed(question(ada, typed))).isEmpty();
        HttpResponse<String> saved = ada.json("PUT", "/api/quizzes/attempts/" + typed + "/questions/1/answer",
                "{\"answer\": \"upgrade\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        // the page's script sends the flag right after the answer
        HttpResponse<String> flagged = ada.json("PUT", "/api/quizzes/attempts/" + typed + "/questions/1/flag",
                "{\"flagged\": false}");
        assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(200);
        String page = question(ada, typed);
        assertThat(page).contains("1 of 1 answered");
        // a browser takes the first of two value attributes: the answer must be the only one
        assertThat(typed(page)).isEqualTo("upgrade");
    }

    private SiteClient signedIn(String name, Role role) throws Exception {
        String username = name + "-" + suffix;
        var account = accounts.register(username, name + " " + suffix, PASSWORD, PASSWORD);
        if (role != Role.LEARNER) {
            accounts.grant(account.getId(), role);
        }
        SiteClient client = new SiteClient(port, false);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private static Map<String, String> item(String key, String topic, String type, String prompt, String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("topicSlug", topic);
        fields.put("type", type);
        fields.put("difficulty", "beginner");
        fields.put("tags", "");
        fields.put("promptEn", prompt);
        fields.put("promptZh", "问题");
        fields.put("explanationEn", "Because.");
        fields.put("explanationZh", "因为。");
        fields.put("summary", "");
        fields.put("trueFalse", "true");
        fields.put("accepted", "quokkaword");
        if (version != null) {
            fields.put("version", version);
        }
        return fields;
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> SiteClient.encode(field.getKey()) + "=" + SiteClient.encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String version(HttpResponse<String> page) {
        Matcher matcher = VERSION.matcher(page.body());
        assertThat(matcher.find()).as("the form carries the item's version").isTrue();
        return matcher.group(1);
    }

    /** Starts a one-question practice quiz on the topic; its attempt id. */
    private static String start(SiteClient learner, String topic) throws Exception {
        HttpResponse<String> started = learner.form("/quizzes", "topics=" + topic + "&count=1&minutes=8&practice=true");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher matcher = ATTEMPT.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void save(SiteClient learner, String attempt, String answer) throws Exception {
        HttpResponse<String> saved = learner.form("/quizzes/attempts/" + attempt, "question=1&go=stay&" + answer);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    private static String question(SiteClient learner, String attempt) throws Exception {
        HttpResponse<String> page = learner.get("/quizzes/attempts/" + attempt + "?q=1");
        assertThat(page.statusCode()).isEqualTo(200);
        // written piece by piece (FilledPage): the length announced is the whole page's, in UTF-8 bytes
        assertThat(page.headers().firstValueAsLong("Content-Length"))
                .hasValue(page.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(page.body()).endsWith("</html>\n");
        return page.body();
    }

    /** What the fill-in field shows, read as a browser does; the field carries one value attribute at most. */
    private static String typed(String page) {
        String tag = page.substring(page.indexOf("<input id=\"answer-text\""));
        tag = tag.substring(0, tag.indexOf('>') + 1);
        assertThat(Pattern.compile("\\svalue=").matcher(tag).results().count()).as(tag).isLessThanOrEqualTo(1);
        return org.jsoup.Jsoup.parse(page).getElementById("answer-text").attr("value");
    }

    /** The CSRF tokens of the page's forms. */
    private static java.util.List<String> tokens(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The value of the one checked choice on the page. */
    private static String checked(String page) {
        Matcher matcher = Pattern.compile("<input type=\"radio\" name=\"choice\"[^>]*>").matcher(page);
        String found = null;
        while (matcher.find()) {
            String input = matcher.group();
            if (input.contains("checked")) {
                assertThat(found).as("one checked choice").isNull();
                Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(input);
                assertThat(value.find()).isTrue();
                found = value.group(1);
            }
        }
        return found;
    }
}
