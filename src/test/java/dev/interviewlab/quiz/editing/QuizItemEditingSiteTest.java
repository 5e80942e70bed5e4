package dev.interviewlab.quiz.editing;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Editors and a learner over HTTP against the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class QuizItemEditingSiteTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern ATTEMPT_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

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

    private String topic;
    private String key;

    @BeforeEach
    void aTopicOfItsOwn() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        topic = data.topic("site-editing", data.category("site-editing"));
        key = "edited-" + data.suffix;
    }

    private SiteClient editor(String name) throws Exception {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.grant(accounts.register(username, name, PASSWORD, PASSWORD).getId(), Role.EDITOR);
        SiteClient site = new SiteClient(port, false);
        assertThat(site.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return site;
    }

    private Map<String, String> singleChoice(String prompt) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("topicSlug", topic);
        fields.put("type", "single");
        fields.put("difficulty", "beginner");
        fields.put("tags", "");
        fields.put("promptEn", prompt);
        fields.put("promptZh", "问题");
        fields.put("explanationEn", "Because b.");
        fields.put("explanationZh", "因为 b。");
        fields.put("summary", "");
        String[][] options = {{"a", "Alpha", "甲"}, {"b", "Beta", "乙"}, {"c", "Gamma", "丙"}};
        for (int i = 0; i < options.length; i++) {
            fields.put("options[" + i + "].key", options[i][0]);
            fields.put("options[" + i + "].en", options[i][1]);
            fields.put("options[" + i + "].zh", options[i][2]);
        }
        fields.put("options[1].correct", "true");
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

    @Test
    void searchFindsItemPromptsButNeverAnswersAndFollowsEditsAndRetirement() throws Exception {
        SiteClient ada = editor("Ada");
        Map<String, String> item = singleChoice("Which pangolinword option?");
        item.put("explanationEn", "Because zebracornword is the reason.");
        assertThat(ada.form("/editor/quiz-items", encoded(item)).statusCode()).isEqualTo(302);
        Map<String, String> fillIn = new LinkedHashMap<>(item);
        fillIn.keySet().removeIf(name -> name.startsWith("options"));
        fillIn.put("key", key + "-fill");
        fillIn.put("type", "fill-in");
        fillIn.put("promptEn", "Name the pangolinword state.");
        fillIn.put("accepted", "quokkaword");
        assertThat(ada.form("/editor/quiz-items", encoded(fillIn)).statusCode()).isEqualTo(302);
        SiteClient learner = new SiteClient(port, false);

        String found = learner.get("/search?q=pangolinword").body();
        assertThat(found).contains("Quiz questions").contains("<mark>pangolinword</mark>")
                .contains("/quizzes?topics=" + topic)
                .doesNotContain("zebracornword").doesNotContain("quokkaword");
        // the explanation and the accepted answer are not in the index: searching them finds no item
        assertThat(learner.get("/search?q=zebracornword").body()).doesNotContain("Quiz questions").doesNotContain("zebracornword<");
        assertThat(learner.get("/api/search?q=quokkaword").body()).contains("\"itemsTotal\":0").doesNotContain(key);

        Map<String, String> edit = singleChoice("Which armadilloword option?");
        edit.put("version", version(ada.get("/editor/quiz-items/" + key + "/edit")));
        assertThat(ada.form("/editor/quiz-items/" + key, encoded(edit)).statusCode()).isEqualTo(302);
        assertThat(learner.get("/api/search?q=armadilloword").body()).contains("\"itemsTotal\":1").contains(key);
        assertThat(learner.get("/api/search?q=pangolinword").body()).contains("\"itemsTotal\":1").contains(key + "-fill");

        assertThat(ada.form("/editor/quiz-items/" + key + "-fill/retire", "").statusCode()).isEqualTo(302);
        assertThat(learner.get("/api/search?q=pangolinword").body()).contains("\"itemsTotal\":0");
    }

    @Test
    void twoEditorsSaveTheSameVersionAndTheSecondLosesNothing() throws Exception {
        SiteClient ada = editor("Ada");
        SiteClient grace = editor("Grace");
        HttpResponse<String> created = ada.form("/editor/quiz-items", encoded(singleChoice("Original prompt")));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/editor/quiz-items/" + key + "/edit");

        String adasVersion = version(ada.get("/editor/quiz-items/" + key + "/edit"));
        String gracesVersion = version(grace.get("/editor/quiz-items/" + key + "/edit"));
        Map<String, String> adasEdit = singleChoice("Ada's prompt");
        adasEdit.put("version", adasVersion);
        Map<String, String> gracesEdit = singleChoice("Grace's prompt");
        gracesEdit.put("version", gracesVersion);
        gracesEdit.put("explanationEn", "Grace's careful explanation");
        gracesEdit.put("summary", "Grace's summary");

        assertThat(ada.form("/editor/quiz-items/" + key, encoded(adasEdit)).statusCode()).isEqualTo(302);
        HttpResponse<String> conflict = grace.form("/editor/quiz-items/" + key, encoded(gracesEdit));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else saved this item while you were editing")
                .contains("Grace&#39;s prompt").contains("Grace&#39;s careful explanation").contains("Grace&#39;s summary")
                .contains("Ada&#39;s prompt") // what is saved now
                .contains("diff-table");
        assertThat(items.findByKey(key).orElseThrow().getPrompt().en()).isEqualTo("Ada's prompt");

        gracesEdit.put("version", version(conflict));
        assertThat(grace.form("/editor/quiz-items/" + key, encoded(gracesEdit)).statusCode()).isEqualTo(302);
        assertThat(items.findByKey(key).orElseThrow().getPrompt().en()).isEqualTo("Grace's prompt");

        String history = ada.get("/editor/quiz-items/" + key + "/history").body();
        assertThat(history).contains("Ada").contains("Grace").contains("Grace&#39;s summary")
                .contains("/editor/quiz-items/" + key + "/revisions/3");
    }

    @Test
    void aPastResultStillRendersAfterTheEditorRenamesTheOptionsItUsed() throws Exception {
        SiteClient ada = editor("Ada");
        assertThat(ada.form("/editor/quiz-items", encoded(singleChoice("Which letter?"))).statusCode()).isEqualTo(302);

        SiteClient learner = new SiteClient(port, false);
        HttpResponse<String> started = learner.json("POST", "/api/quizzes/attempts",
                "{\"topics\":[\"" + topic + "\"],\"count\":1,\"practice\":true}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        Matcher id = ATTEMPT_ID.matcher(started.body());
        assertThat(id.find()).isTrue();
        String attempt = id.group(1);
        assertThat(learner.json("PUT", "/api/quizzes/attempts/" + attempt + "/questions/1/answer", "{\"answer\":\"a\"}")
                .statusCode()).isEqualTo(200);
        assertThat(learner.json("POST", "/api/quizzes/attempts/" + attempt + "/submit", null).statusCode()).isEqualTo(200);
        assertThat(learner.get("/quizzes/attempts/" + attempt + "/result").body()).contains("Alpha").contains("Beta");

        Map<String, String> renamed = singleChoice("Which letter now?");
        renamed.put("version", version(ada.get("/editor/quiz-items/" + key + "/edit")));
        renamed.put("options[0].key", "x");
        renamed.put("options[0].en", "Ex");
        renamed.put("options[1].key", "y");
        renamed.put("options[1].en", "Why");
        renamed.put("options[2].key", "");
        renamed.put("options[2].en", "");
        renamed.put("options[2].zh", "");
        assertThat(ada.form("/editor/quiz-items/" + key, encoded(renamed)).statusCode()).isEqualTo(302);

        HttpResponse<String> result = learner.get("/quizzes/attempts/" + attempt + "/result");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("Which letter now?").contains("Why"); // the correct option as it is now
        assertThat(learner.get("/api/quizzes/attempts/" + attempt + "/result").statusCode()).isEqualTo(200);

        assertThat(ada.get("/editor/quiz-items/" + key + "/retire").body()).contains("1 past or open attempts used this item");
        assertThat(ada.form("/editor/quiz-items/" + key + "/retire", "").statusCode()).isEqualTo(302);
        assertThat(learner.get("/quizzes/attempts/" + attempt + "/result").statusCode()).isEqualTo(200);
        HttpResponse<String> none = learner.json("POST", "/api/quizzes/attempts", "{\"topics\":[\"" + topic + "\"],\"count\":1,\"practice\":true}");
        assertThat(none.statusCode()).as("a retired item is never drawn again").isEqualTo(400);
    }
}
