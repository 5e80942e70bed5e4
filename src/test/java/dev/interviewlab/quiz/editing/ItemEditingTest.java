package dev.interviewlab.quiz.editing;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountRepository;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.bank.AnswerKey;
import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemFile;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizBankLoader;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.revision.ChangeKind;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.revision.RevisionHeader;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@RecordApplicationEvents
@DatabaseTest
class ItemEditingTest {

    private RevisionAuthor ada;
    private RevisionAuthor grace;

    @Autowired
    AccountRepository accounts;

    @Autowired
    ItemEditing editing;

    @Autowired
    QuizBankLoader loader;

    @Autowired
    AttemptService attempts;

    @Autowired
    QuestionBank bank;

    @Autowired
    QuizItemRepository items;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    TestEntityManager entityManager;

    @Autowired
    ApplicationEvents events;

    private String topic;
    private List<QuizItem> builtIn;

    @BeforeEach
    void setUp() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        topic = data.topic("editing", data.category("editing-category"));
        builtIn = data.oneOfEachType(topic, Difficulty.BEGINNER);
        bank.forget();
        ada = editor("ada");
        grace = editor("grace");
    }

    /** Revisions name their author's account, which must exist. */
    private RevisionAuthor editor(String name) {
        Account account = accounts.save(new Account(name + "-" + UUID.randomUUID().toString().substring(0, 8), name,
                "{noop}unused", Role.EDITOR, Instant.parse("2030-01-01T00:00:00Z")));
        return RevisionAuthor.account(account.getId(), name);
    }

    private QuizItem single() {
        return builtIn.get(0);
    }

    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    private QuizItem reloaded(String key) {
        return items.findByKey(key).orElseThrow();
    }

    @Test
    void anEditIsKeptWhenTheBankIsLoadedAgain() {
        String key = single().getKey();
        ItemForm form = editing.form(key);
        form.setPromptEn("Edited in the site");
        editing.update(key, form, ada);
        flushAndClear();

        ItemDraft fromFile = reloaded(key).draft();
        ItemDraft changedFile = new ItemDraft(key, topic, fromFile.type(), fromFile.difficulty(), fromFile.tags(),
                QuizTestData.text("The file changed too"), fromFile.options(), null, List.of(), fromFile.explanation());
        QuizBankLoader.LoadReport report = loader.load(List.of(new ItemFile("test:" + UUID.randomUUID() + "/editing.yaml",
                "new-hash", topic, List.of(changedFile))));
        flushAndClear();

        assertThat(report.keptEdited()).isEqualTo(1);
        assertThat(report.updated()).isZero();
        assertThat(reloaded(key).getPrompt().en()).isEqualTo("Edited in the site");
        assertThat(reloaded(key).isEdited()).isTrue();
        assertThat(events.stream(BankChangedEvent.class)).isNotEmpty();
    }

    @Test
    void theSecondOfTwoEditorsWhoOpenedTheSameVersionIsToldAndNothingOfTheFirstIsLost() {
        String key = single().getKey();
        ItemForm first = editing.form(key);
        ItemForm second = editing.form(key);
        first.setPromptEn("First editor's prompt");
        second.setPromptEn("Second editor's prompt");

        editing.update(key, first, ada);
        flushAndClear();
        StaleItemException stale = catchThrowableOfType(StaleItemException.class, () -> editing.update(key, second, grace));
        flushAndClear();

        ItemEditing.Current current = editing.current(key);
        assertThat(current.item().prompt().en()).isEqualTo("First editor's prompt");
        assertThat(stale.attempted().prompt().en()).isEqualTo("Second editor's prompt");
        assertThat(current.version()).isEqualTo(reloaded(key).getVersion()).isNotEqualTo(second.getVersion());
        assertThat(reloaded(key).getPrompt().en()).isEqualTo("First editor's prompt");

        second.setVersion(current.version()); // the conflict page hands over the saved version
        editing.update(key, second, grace);
        flushAndClear();
        assertThat(reloaded(key).getPrompt().en()).isEqualTo("Second editor's prompt");
    }

    @Test
    void everySaveRecordsARevisionAndRestoreAddsOne() {
        String key = single().getKey();
        ItemForm form = editing.form(key);
        form.setPromptEn("Second state");
        form.setSummary("reworded");
        editing.update(key, form, ada);
        flushAndClear();

        List<RevisionHeader> history = editing.history(key);
        assertThat(history).extracting(RevisionHeader::number, RevisionHeader::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ChangeKind.EDITED),
                        org.assertj.core.groups.Tuple.tuple(1, ChangeKind.ORIGINAL));
        assertThat(history.get(0).author()).isEqualTo(ada);
        assertThat(history.get(0).summary()).isEqualTo("reworded");
        assertThat(editing.revision(key, 1).snapshot()).contains("en: Pick B").contains("id: " + key);
        assertThat(editing.diff(key, 1, 2).added()).isEqualTo(1);

        editing.restore(key, 1, grace);
        flushAndClear();

        assertThat(reloaded(key).getPrompt().en()).isEqualTo("Pick B");
        assertThat(editing.history(key)).extracting(RevisionHeader::change)
                .containsExactly(ChangeKind.RESTORED, ChangeKind.EDITED, ChangeKind.ORIGINAL);
        assertThat(editing.revision(key, 3).snapshot()).isEqualTo(editing.revision(key, 1).snapshot());
    }

    @Test
    void aNewItemIsCreatedWithItsFirstRevisionAndABankEvent() {
        ItemForm form = ItemForm.of(single().draft(), 0);
        form.setKey("created-" + topic);
        form.setVersion(null);

        String key = editing.create(form, ada);
        flushAndClear();

        assertThat(reloaded(key).isEdited()).isTrue();
        assertThat(reloaded(key).getSourceLocation()).isNull();
        assertThat(editing.history(key)).extracting(RevisionHeader::change).containsExactly(ChangeKind.CREATED);
        assertThat(events.stream(BankChangedEvent.class)).hasSize(1);
        InvalidInputException again = catchThrowableOfType(InvalidInputException.class, () -> editing.create(form, ada));
        assertThat(again.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("key");
    }

    @Test
    void aRetiredItemIsNeverDrawnAgainButItsPastAttemptsStillRead() {
        AttemptOwner learner = AttemptOwner.browser("learner-" + UUID.randomUUID());
        AttemptSnapshot attempt = attempts.start(learner, new QuizRequest(List.of(), List.of(topic), null, 5, null, true, false));
        flushAndClear();
        String key = single().getKey();
        assertThat(editing.retireCheck(key).attempts()).isEqualTo(1);

        editing.retire(key, ada);
        flushAndClear();

        assertThat(reloaded(key).isRetired()).isTrue();
        assertThat(bank.candidates(List.of(topic), null)).extracting(QuestionBank.Candidate::itemId)
                .doesNotContain(single().getId()).hasSize(4);
        assertThat(attempts.view(learner, attempt.id()).questions()).extracting(AttemptSnapshot.Question::itemKey).contains(key);
        assertThat(editing.history(key)).extracting(RevisionHeader::change).containsExactly(ChangeKind.DELETED, ChangeKind.ORIGINAL);
        assertThat(editing.retireCheck(key).retired()).isTrue();
    }

    @Test
    void renamingTheOptionsThatAPastAttemptUsedKeepsItsResultReadable() {
        AttemptOwner learner = AttemptOwner.browser("learner-" + UUID.randomUUID());
        AttemptSnapshot attempt = attempts.start(learner, new QuizRequest(List.of(), List.of(topic), null, 5, null, true, false));
        int position = attempt.questions().stream().filter(question -> question.itemKey().equals(single().getKey()))
                .findFirst().orElseThrow().position();
        attempts.answer(learner, attempt.id(), position, new RawAnswer.Json("b"));
        attempts.submit(learner, attempt.id());
        flushAndClear();

        String key = single().getKey();
        ItemForm form = editing.form(key);
        form.getOptions().clear();
        form.getOptions().add(option("x", "Renamed", true));
        form.getOptions().add(option("y", "Other", false));
        editing.update(key, form, ada);
        flushAndClear();

        AttemptSnapshot.Question question = attempts.result(learner, attempt.id()).question(position);
        assertThat(question.response()).isNotNull();
        assertThat(question.pointsMillis()).as("the score given at submission stays").isEqualTo(1000);
        assertThat(question.options()).as("options that no longer exist are left out, new ones follow")
                .extracting(ItemOption::key).containsExactly("x", "y");
        assertThat(question.answerKey()).isEqualTo(new AnswerKey.Single("x"));
    }

    @Test
    void theTypeOfAnItemCannotChange() {
        String key = single().getKey();
        ItemForm form = editing.form(key);
        form.setType("true-false");
        form.setTrueFalse("true");

        assertThatThrownBy(() -> editing.update(key, form, ada)).isInstanceOf(InvalidInputException.class);
        flushAndClear();
        assertThat(reloaded(key).getType()).isEqualTo(single().getType());
        assertThat(editing.history(key)).isEmpty();
    }

    private static ItemForm.OptionRow option(String key, String text, boolean correct) {
        ItemForm.OptionRow row = new ItemForm.OptionRow();
        row.setKey(key);
        row.setEn(text);
        row.setZh(text + "（中文）");
        row.setCorrect(correct);
        return row;
    }
}
