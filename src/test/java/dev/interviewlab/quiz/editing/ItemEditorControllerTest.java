package dev.interviewlab.quiz.editing;

import dev.interviewlab.account.Role;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.account.SliceAccounts;
import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.revision.ChangeKind;
import dev.interviewlab.revision.Revision;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.revision.RevisionHeader;
import dev.interviewlab.revision.RevisionNotFoundException;
import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.revision.Subject;
import dev.interviewlab.revision.TextDiff;
import dev.interviewlab.quiz.bank.ItemYaml;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.analysis.ItemAnalysisService;
import dev.interviewlab.quiz.attempt.AttemptQuestionRepository;
import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemListing;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.TopicSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import({WebSliceSecurity.class, ItemEditing.class, ItemAnalysisService.class, MarkdownPreview.class, TestClockConfiguration.class})
@WithMockUser(roles = "EDITOR")
@WebMvcTest(ItemEditorController.class)
class ItemEditorControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QuizItemRepository items;

    @MockitoBean
    TopicRepository topics;

    @MockitoBean
    AttemptQuestionRepository attemptQuestions;

    @MockitoBean
    RevisionService revisions;

    static final SignedInAccount EDITOR = SliceAccounts.signedIn(42, "Ada", Role.EDITOR);

    private QuizItem stored;

    @BeforeEach
    void aBankWithOneTopicAndOneItem() {
        when(topics.existsBySlug(anyString())).thenAnswer(call -> "tcp".equals(call.getArgument(0)));
        when(topics.findAllSummaries()).thenReturn(List.of(new TopicSummary("tcp", new LocalizedText("TCP states", "TCP 状态"),
                new LocalizedText("s", "摘要"), Difficulty.BEGINNER, "networking", new LocalizedText("Networking", "网络"), 1,
                Instant.parse("2030-01-01T00:00:00Z"))));
        stored = QuizItem.builtIn(new ItemDraft("stored", "tcp", ItemType.SINGLE, Difficulty.BEGINNER, List.of(),
                new LocalizedText("Saved question", "已保存的问题"), List.of(new ItemOption("a", new LocalizedText("A", "甲"), true),
                new ItemOption("b", new LocalizedText("B", "乙"), false)), null, List.of(), new LocalizedText("E", "解")),
                "test:x.yaml", "hash", Instant.parse("2030-01-01T00:00:00Z"));
        ReflectionTestUtils.setField(stored, "id", 7L);
        when(items.findByKey(anyString())).thenReturn(Optional.empty());
        when(items.findByKey("stored")).thenReturn(Optional.of(stored));
        when(items.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    }

    /** A valid new item of the type, as the form posts it. */
    private static Map<String, String> valid(ItemType type) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", "probe");
        fields.put("topicSlug", "tcp");
        fields.put("type", type.code());
        fields.put("difficulty", "intermediate");
        fields.put("tags", "tcp, time-wait");
        fields.put("promptEn", "Which **side**?");
        fields.put("promptZh", "哪一方？");
        fields.put("explanationEn", "Because.");
        fields.put("explanationZh", "因为。");
        fields.put("summary", "");
        if (type.hasOptions()) {
            fields.put("options[0].key", "a");
            fields.put("options[0].en", "First");
            fields.put("options[0].zh", "一");
            fields.put("options[1].key", "b");
            fields.put("options[1].en", "Second");
            fields.put("options[1].zh", "二");
            fields.put("options[2].key", "");
            fields.put("options[2].en", "");
            fields.put("options[2].zh", "");
            if (type != ItemType.ORDERING) {
                fields.put("options[1].correct", "true");
            }
        }
        if (type == ItemType.TRUE_FALSE) {
            fields.put("trueFalse", "false");
        }
        if (type == ItemType.FILL_IN) {
            fields.put("accepted", "TIME_WAIT\ntime wait");
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder postForm(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(user(EDITOR));
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theListShowsTheItemsOfTheChosenTopic() throws Exception {
        when(items.findListing("tcp")).thenReturn(List.of(new ItemListing("stored", "tcp", ItemType.SINGLE, Difficulty.BEGINNER,
                new LocalizedText("Saved question", "已保存的问题"), true, false, Instant.parse("2030-01-01T00:00:00Z"))));

        mvc.perform(get("/editor/quiz-items").param("topic", "tcp"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/editor/quiz-items/stored/edit")))
                .andExpect(content().string(containsString("edited in the site")));
    }

    private static ItemListing listing(String key) {
        return new ItemListing(key, "tcp", ItemType.SINGLE, Difficulty.BEGINNER,
                new LocalizedText("Question " + key, "问题 " + key), false, false, Instant.parse("2030-01-01T00:00:00Z"));
    }

    /** Twelve learners' first quizzes of three questions: on "stored" the strong ones fail, on "good" they pass. */
    private static List<Object[]> scoredAnswers() {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int learner = 0; learner < 12; learner++) {
            boolean strong = learner % 2 == 0;
            rows.add(new Object[]{"stored", strong ? 0 : 1000, strong ? 2000 : 1000, 3, "BROWSER", "l" + learner});
            rows.add(new Object[]{"good", strong ? 1000 : 0, strong ? 3000 : 0, 3, "BROWSER", "l" + learner});
        }
        return rows;
    }

    @Test
    void theListShowsItemAnalysisAndFlagsTheDubiousItem() throws Exception {
        when(items.findListing()).thenReturn(List.of(listing("fresh"), listing("good"), listing("stored")));
        when(attemptQuestions.findScoredAnswers()).thenReturn(scoredAnswers());

        String page = mvc.perform(get("/editor/quiz-items").param("sort", "efficiency"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // lowest efficiency first, the item without attempts last
        assertThat(page.indexOf("/editor/quiz-items/stored/edit")).isLessThan(page.indexOf("/editor/quiz-items/good/edit"));
        assertThat(page.indexOf("/editor/quiz-items/good/edit")).isLessThan(page.indexOf("/editor/quiz-items/fresh/edit"));
        assertThat(page).contains("-100.0 %").contains("100.0 %").contains("50.0 %").contains("too few attempts")
                .contains("class=\"dubious\"");
        assertThat(page.split("class=\"dubious\"", -1)).hasSize(2); // only "stored"
    }

    @Test
    void theListIsInChineseToo() throws Exception {
        when(items.findListing()).thenReturn(List.of(listing("stored")));
        when(attemptQuestions.findScoredAnswers()).thenReturn(scoredAnswers());

        mvc.perform(get("/editor/quiz-items").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("区分效率")))
                .andExpect(content().string(containsString("可疑")));
    }

    @Test
    void anUnknownOrderIsRefusedWithTheListInItsUsualOrder() throws Exception {
        when(items.findListing()).thenReturn(List.of(listing("stored")));

        mvc.perform(get("/editor/quiz-items").param("sort", "password'--"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That order does not exist")))
                .andExpect(content().string(containsString("/editor/quiz-items/stored/edit")));
    }

    @Test
    void theItemPageShowsItsAnalysis() throws Exception {
        when(attemptQuestions.findScoredAnswers("stored")).thenReturn(
                scoredAnswers().stream().filter(row -> row[0].equals("stored")).toList());

        mvc.perform(get("/editor/quiz-items/stored/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Item analysis")))
                .andExpect(content().string(containsString("Dubious: the discriminative efficiency is below 15 %")))
                .andExpect(content().string(containsString("-100.0 %")));
    }

    @Test
    void theItemPageSaysTooFewAttemptsInsteadOfNoise() throws Exception {
        when(attemptQuestions.findScoredAnswers("stored")).thenReturn(scoredAnswers().subList(0, 6).stream()
                .filter(row -> row[0].equals("stored")).toList());

        mvc.perform(get("/editor/quiz-items/stored/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only 3 finished attempts have drawn this item")))
                .andExpect(content().string(not(containsString("Dubious:"))));
    }

    @Test
    void theNewItemFormOffersEveryTypeAndTheTopics() throws Exception {
        String page = mvc.perform(get("/editor/quiz-items/new").param("topic", "tcp"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (ItemType type : ItemType.values()) {
            assertThat(page).contains("value=\"" + type.code() + "\"");
        }
        assertThat(page).contains("<option value=\"tcp\" selected=\"selected\">").contains("name=\"_csrf\"")
                .contains("/assets/js/quiz-editing.js").contains("/assets/js/editor.js")
                .contains("data-preview-url=\"/editor/topics/preview\"").doesNotContain("<script>");
    }

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void aValidItemOfEachTypeIsSavedAsEditedInTheSite(ItemType type) throws Exception {
        mvc.perform(postForm("/editor/quiz-items", valid(type)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/editor/quiz-items/probe/edit"));

        ArgumentCaptor<QuizItem> saved = ArgumentCaptor.forClass(QuizItem.class);
        verify(items).saveAndFlush(saved.capture());
        assertThat(saved.getValue().getType()).isEqualTo(type);
        assertThat(saved.getValue().isEdited()).isTrue();
        assertThat(saved.getValue().getTags()).containsExactlyInAnyOrder("tcp", "time-wait");
        assertThat(saved.getValue().getOptions()).hasSize(type.hasOptions() ? 2 : 0);
        verify(revisions).record(eq(Subject.quizItem("probe")), eq(ChangeKind.CREATED), eq(RevisionAuthor.account(42, "Ada")),
                eq(""), eq(ItemYaml.write(saved.getValue().draft())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            single     | two correct options           | options[0].correct=true                 | options
            single     | no correct option             | options[1].correct=false                | options
            single     | an option key used twice      | options[1].key=a                        | options[1].key
            single     | an upper-case option key      | options[0].key=A                        | options[0].key
            single     | an option without Chinese     | options[1].zh=                          | options[1].zh
            single     | one option only               | options[1].key=;options[1].en=;options[1].zh= | options
            multiple   | no correct option             | options[1].correct=false                | options
            multiple   | an option without English     | options[0].en=                          | options[0].en
            ordering   | one option only               | options[0].key=;options[0].en=;options[0].zh= | options
            ordering   | an option key used twice      | options[1].key=a                        | options[1].key
            true-false | no answer                     | trueFalse=                              | trueFalse
            true-false | an answer that is no boolean  | trueFalse=maybe                         | trueFalse
            fill-in    | no accepted answer            | accepted=                               | accepted
            fill-in    | only blank lines              | accepted=\\n  \\n                       | accepted
            fill-in    | an accepted answer too long   | accepted=LONG501                        | accepted
            single     | a key that is no slug         | key=Bad Key                             | key
            multiple   | a key that exists             | key=stored                              | key
            true-false | an unknown topic              | topicSlug=nope                          | topicSlug
            fill-in    | an unknown difficulty         | difficulty=easy                         | difficulty
            single     | an unknown type               | type=essay                              | type
            ordering   | a tag that is no slug         | tags=Bad_Tag                            | tags
            single     | a prompt without Chinese      | promptZh=                               | promptZh
            true-false | an explanation without English | explanationEn=                         | explanationEn
            multiple   | an explanation too long       | explanationZh=LONG50001                 | explanationZh
            fill-in    | a summary too long            | summary=LONG301                         | summary
            """)
    void badInputIsRefusedOnItsFieldAndNothingIsSaved(String type, String what, String changes, String field) throws Exception {
        Map<String, String> fields = valid(ItemType.parse(type));
        for (String change : changes.split(";")) {
            String name = change.substring(0, change.indexOf('='));
            String value = change.substring(change.indexOf('=') + 1).replace("\\n", "\n");
            fields.put(name, value.startsWith("LONG") ? "x".repeat(Integer.parseInt(value.substring(4))) : value);
        }

        mvc.perform(postForm("/editor/quiz-items", fields))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(content().string(containsString("class=\"field-error\"")));

        verify(items, never()).saveAndFlush(any());
    }

    @Test
    void anIdThatAnotherEditorTookAtTheSameMomentIsRefusedOnItsField() throws Exception {
        when(items.saveAndFlush(any())).thenThrow(new org.springframework.dao.DataIntegrityViolationException("uk_quiz_item_key"));

        mvc.perform(postForm("/editor/quiz-items", valid(ItemType.SINGLE)))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "key", "quizediting.key.taken"));
    }

    @Test
    void theMessageSaysWhatToDoInBothLanguages() throws Exception {
        Map<String, String> fields = valid(ItemType.SINGLE);
        fields.put("options[0].correct", "true");

        mvc.perform(postForm("/editor/quiz-items", fields))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Mark exactly one option as correct.")));
        mvc.perform(postForm("/editor/quiz-items", fields).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请恰好标出一个正确选项。")));
    }

    @Test
    void aVersionThatIsNoNumberIsABadRequest() throws Exception {
        Map<String, String> fields = valid(ItemType.SINGLE);
        fields.put("key", "stored");
        fields.put("version", "x");

        mvc.perform(postForm("/editor/quiz-items/stored", fields))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "version"));
    }

    @Test
    void anOptionRowFarBeyondTheLimitIsABadRequest() throws Exception {
        Map<String, String> fields = valid(ItemType.SINGLE);
        fields.put("options[5000].key", "z");

        mvc.perform(postForm("/editor/quiz-items", fields))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("more option rows than an item may have (12)")));
        verify(items, never()).saveAndFlush(any());
    }

    @Test
    void thePreviewButtonRendersSanitizedMarkdownAndSavesNothing() throws Exception {
        Map<String, String> fields = valid(ItemType.SINGLE);
        fields.put("promptEn", "**bold** <script>alert(1)</script> <img src=x onerror=alert(2)>");
        fields.put("preview", "1");

        mvc.perform(postForm("/editor/quiz-items", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>bold</strong>")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("<img src=x onerror"))))
                .andExpect(content().string(containsString("<img src=\"x\">")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))); // the textarea keeps the input

        verify(items, never()).saveAndFlush(any());
    }

    @Test
    void theEditFormShowsTheSavedItemWithItsVersion() throws Exception {
        String page = mvc.perform(get("/editor/quiz-items/stored/edit"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Saved question").contains("name=\"version\" value=\"0\"")
                .contains("/editor/quiz-items/stored/retire").contains("The type cannot change");
    }

    @Test
    void aStaleVersionIsToldAndTheFormKeepsEveryInput() throws Exception {
        Map<String, String> fields = valid(ItemType.SINGLE);
        fields.put("key", "stored");
        fields.put("version", "5");
        fields.put("promptEn", "My own rewrite");
        fields.put("summary", "my summary");

        mvc.perform(postForm("/editor/quiz-items/stored", fields))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this item")))
                .andExpect(content().string(containsString("My own rewrite")))
                .andExpect(content().string(containsString("my summary")))
                .andExpect(content().string(containsString("Saved question"))) // what is saved now
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        assertThat(stored.getPrompt().en()).isEqualTo("Saved question");
    }

    @Test
    void theTypeOfAnItemCannotChange() throws Exception {
        Map<String, String> fields = valid(ItemType.TRUE_FALSE);
        fields.put("key", "stored");
        fields.put("version", "0");

        mvc.perform(postForm("/editor/quiz-items/stored", fields))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "type"));
        assertThat(stored.getType()).isEqualTo(ItemType.SINGLE);
    }

    @Test
    void aCurrentVersionIsSavedAndMarkedEdited() throws Exception {
        Map<String, String> fields = valid(ItemType.SINGLE);
        fields.put("key", "stored");
        fields.put("version", "0");

        mvc.perform(postForm("/editor/quiz-items/stored", fields))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/editor/quiz-items/stored/edit"));
        assertThat(stored.getPrompt().en()).isEqualTo("Which **side**?");
        assertThat(stored.isEdited()).isTrue();
        assertThat(stored.acceptsBuiltInUpdates()).isFalse();
        verify(revisions).recordUnrecordedState(eq(Subject.quizItem("stored")), anyString());
        verify(revisions).record(eq(Subject.quizItem("stored")), eq(ChangeKind.EDITED), eq(RevisionAuthor.account(42, "Ada")),
                eq(""), eq(ItemYaml.write(stored.draft())));
    }

    @Test
    void retiringAsksFirstAndSaysHowManyAttemptsUsedTheItem() throws Exception {
        when(attemptQuestions.countAttemptsWithItem(anyLong())).thenReturn(3L);

        mvc.perform(get("/editor/quiz-items/stored/retire"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 past or open attempts used this item")));
        assertThat(stored.isRetired()).isFalse();

        mvc.perform(post("/editor/quiz-items/stored/retire").with(user(EDITOR)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/editor/quiz-items/stored/edit"));
        assertThat(stored.isRetired()).isTrue();
        assertThat(stored.acceptsBuiltInUpdates()).isFalse();
    }

    @Test
    void anUnknownItemIsNotFound() throws Exception {
        mvc.perform(get("/editor/quiz-items/nothing/edit")).andExpect(status().isNotFound());
        mvc.perform(get("/editor/quiz-items/nothing/retire")).andExpect(status().isNotFound());
        mvc.perform(postForm("/editor/quiz-items/nothing", valid(ItemType.SINGLE))).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "LEARNER")
    void learnersMayNotEdit() throws Exception {
        mvc.perform(get("/editor/quiz-items")).andExpect(status().isForbidden());
        MockHttpServletRequestBuilder asLearner = post("/editor/quiz-items");
        valid(ItemType.SINGLE).forEach(asLearner::param);
        mvc.perform(asLearner).andExpect(status().isForbidden());
        mvc.perform(post("/editor/quiz-items/stored/revisions/1/restore")).andExpect(status().isForbidden());
        verify(items, never()).saveAndFlush(any());
    }

    private Revision revision(int number, ChangeKind change, String promptEn) {
        ItemDraft draft = stored.draft();
        ItemDraft changed = new ItemDraft(draft.key(), draft.topicSlug(), draft.type(), draft.difficulty(), draft.tags(),
                new LocalizedText(promptEn, "问"), draft.options(), null, List.of(), draft.explanation());
        return new Revision(Subject.quizItem("stored"), number, change, RevisionAuthor.account(42, "Ada"),
                Instant.parse("2030-01-02T03:04:00Z"), "summary " + number, ItemYaml.write(changed));
    }

    @Test
    void theHistoryListsEveryRevisionWithAuthorTimeAndSummary() throws Exception {
        when(revisions.history(Subject.quizItem("stored"))).thenReturn(List.of(revision(2, ChangeKind.EDITED, "New").header(),
                new RevisionHeader(1, ChangeKind.ORIGINAL, RevisionAuthor.none(), Instant.parse("2030-01-01T00:00:00Z"), "")));

        mvc.perform(get("/editor/quiz-items/stored/history"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/editor/quiz-items/stored/revisions/2")))
                .andExpect(content().string(containsString("Ada")))
                .andExpect(content().string(containsString("Built-in content")))
                .andExpect(content().string(containsString("2030-01-02 03:04 UTC")))
                .andExpect(content().string(containsString("summary 2")))
                .andExpect(content().string(containsString("/editor/quiz-items/stored/diff")));
    }

    @Test
    void aRevisionShowsItsTextAndItsChangesSinceThePreviousOne() throws Exception {
        Revision older = revision(1, ChangeKind.ORIGINAL, "Old prompt");
        Revision newer = revision(2, ChangeKind.EDITED, "New prompt");
        when(revisions.get(Subject.quizItem("stored"), 2)).thenReturn(newer);
        when(revisions.diff(Subject.quizItem("stored"), 1, 2)).thenReturn(TextDiff.between(older.snapshot(), newer.snapshot()));

        mvc.perform(get("/editor/quiz-items/stored/revisions/2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("diff-removed")))
                .andExpect(content().string(containsString("Old prompt")))
                .andExpect(content().string(containsString("New prompt")))
                .andExpect(content().string(containsString("/editor/quiz-items/stored/revisions/2/restore")));
    }

    @Test
    void theDiffPageComparesAnyTwoRevisionsAndRefusesBadNumbers() throws Exception {
        when(revisions.diff(Subject.quizItem("stored"), 1, 2)).thenReturn(TextDiff.between("a\nb\n", "a\nc\n"));
        when(revisions.diff(Subject.quizItem("stored"), 1, 9)).thenThrow(new RevisionNotFoundException(Subject.quizItem("stored"), 9));

        mvc.perform(get("/editor/quiz-items/stored/diff").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("diff-added")));
        mvc.perform(get("/editor/quiz-items/stored/diff").param("from", "1").param("to", "9")).andExpect(status().isNotFound());
        mvc.perform(get("/editor/quiz-items/stored/diff").param("from", "x").param("to", "2")).andExpect(status().isBadRequest());
        mvc.perform(get("/editor/quiz-items/stored/diff").param("from", "1")).andExpect(status().isBadRequest());
        mvc.perform(get("/editor/quiz-items/stored/revisions/x")).andExpect(status().isBadRequest());
    }

    @Test
    void restoringBringsBackTheRevisionAsANewOne() throws Exception {
        stored.retireInSite(Instant.parse("2030-01-01T00:00:00Z"));
        when(revisions.get(Subject.quizItem("stored"), 1)).thenReturn(revision(1, ChangeKind.ORIGINAL, "Old prompt"));

        mvc.perform(post("/editor/quiz-items/stored/revisions/1/restore").with(user(EDITOR)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/editor/quiz-items/stored/edit"));

        assertThat(stored.getPrompt().en()).isEqualTo("Old prompt");
        assertThat(stored.isRetired()).isFalse();
        verify(revisions).record(eq(Subject.quizItem("stored")), eq(ChangeKind.RESTORED), eq(RevisionAuthor.account(42, "Ada")),
                eq("#1"), anyString());
    }

    @Test
    void aRevisionWhoseTopicIsGoneIsNotRestored() throws Exception {
        Revision gone = revision(1, ChangeKind.ORIGINAL, "Old prompt");
        when(revisions.get(Subject.quizItem("stored"), 1)).thenReturn(new Revision(gone.subject(), 1, gone.change(), gone.author(),
                gone.createdAt(), "", gone.snapshot().replace("topic: tcp", "topic: removed-topic")));

        mvc.perform(post("/editor/quiz-items/stored/revisions/1/restore").with(user(EDITOR)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/editor/quiz-items/stored/revisions/1"))
                .andExpect(flash().attribute("problem", containsString("removed-topic")));
        assertThat(stored.getPrompt().en()).isEqualTo("Saved question");
    }
}
