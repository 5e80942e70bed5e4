package dev.interviewlab.topic.editing;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TopicQuizzes;
import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemFile;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizBankLoader;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.revision.ChangeKind;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.revision.RevisionHeader;
import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.revision.Subject;
import dev.interviewlab.topic.Category;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.topic.TopicNotFoundException;
import dev.interviewlab.topic.TopicOrigin;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.content.BuiltInContent;
import dev.interviewlab.topic.content.BuiltInContentLoader;
import dev.interviewlab.topic.content.TopicFileWriter;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editing service against the real database, committing as the site does (no test transaction). */
@SpringBootTest
@DatabaseTest
class TopicEditingTest {

    private static final RevisionAuthor ADA = new RevisionAuthor(null, "Ada");
    private static final RevisionAuthor GRACE = new RevisionAuthor(null, "Grace");

    @Autowired
    TopicEditing editing;

    @Autowired
    RevisionService revisions;

    @Autowired
    TopicRepository topics;

    @Autowired
    CategoryRepository categories;

    @Autowired
    QuizItemRepository items;

    @Autowired
    TopicQuizzes quizzes;

    @Autowired
    BuiltInContentLoader contentLoader;

    @Autowired
    QuizBankLoader bankLoader;

    @Autowired
    QuestionBank bank;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    dev.interviewlab.account.AccountService accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private TopicForm form(String slug) {
        TopicForm form = new TopicForm();
        form.setSlug(slug);
        form.setCategorySlug("networking");
        form.setDifficulty("beginner");
        form.setTitleEn("Title " + slug);
        form.setTitleZh("标题 " + slug);
        form.setSummaryEn("Summary");
        form.setSummaryZh("摘要");
        form.setBodyEn("## One\n\nFirst line.");
        form.setBodyZh("## 一\n\n第一行。");
        form.setTags("alpha, beta");
        form.setRelated("tcp-connection-states");
        return form;
    }

    private TopicDraft stored(String slug) {
        return new TransactionTemplate(transactions).execute(status -> topics.findBySlug(slug).orElseThrow().toDraft());
    }

    private Topic builtInTopic(String slug) {
        Category category = categories.findBySlug("networking").orElseThrow();
        return topics.save(Topic.builtIn(new TopicDraft(slug, "networking", Difficulty.BEGINNER,
                new LocalizedText("Built in", "内置"), new LocalizedText("s", "摘要"), new LocalizedText("body", "正文"),
                List.of(), List.of(), null), category, "hash-" + slug, java.time.Instant.parse("2030-01-01T00:00:00Z")));
    }

    @BeforeEach
    void categoryExists() {
        assertThat(categories.findBySlug("networking")).isPresent();
    }

    @Test
    void aCreatedTopicIsMarkedEditedAndItsFirstRevisionIsItsCreation() {
        String slug = editing.create(form("created-" + suffix), ADA);

        Topic topic = topics.findBySlug(slug).orElseThrow();
        assertThat(topic.getOrigin()).isEqualTo(TopicOrigin.EDITOR);
        assertThat(topic.isEdited()).isTrue();
        assertThat(stored(slug).tags()).containsExactlyInAnyOrder("alpha", "beta");
        List<RevisionHeader> history = revisions.history(Subject.topic(slug));
        assertThat(history).singleElement().satisfies(revision -> {
            assertThat(revision.change()).isEqualTo(ChangeKind.CREATED);
            assertThat(revision.author().name()).isEqualTo("Ada");
        });
    }

    @Test
    void badInputIsRefusedWithAProblemPerFieldAndNothingIsSaved() {
        TopicForm form = form("Not A Slug");
        form.setTitleZh(" ");
        form.setBodyEn("text\n<!-- lang:zh -->\nmore");
        form.setRelated("no-such-topic-" + suffix);
        form.setCategorySlug("nowhere");

        assertThatThrownBy(() -> editing.create(form, ADA)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                        .containsExactlyInAnyOrder("slug", "titleZh", "bodyEn", "related", "categorySlug"));
        assertThat(topics.existsBySlug("Not A Slug")).isFalse();
    }

    @Test
    void aFigureThatCannotBeDrawnIsAnErrorOnItsBodyNamingTheLineAndNothingIsSaved() {
        String slug = "figure-" + suffix;
        TopicForm form = form(slug);
        form.setBodyZh("正文\n\n```diagram\nid: x\ntype: graph\ntitle: T\ndesc: D\nnode a at 0,0: A\na -> z\n```\n");

        assertThatThrownBy(() -> editing.create(form, ADA)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("bodyZh");
                    assertThat(problem.messageKey()).isEqualTo("diagram.error.undefined");
                    assertThat(problem.arguments()).containsExactly(9, "z");
                }));
        assertThat(topics.existsBySlug(slug)).isFalse();
        assertThatThrownBy(() -> editing.preview("```diagram\nid: x\n```", Language.EN))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("diagram.error.missingHeader"));
    }

    @Test
    void theFirstEditOfABuiltInTopicKeepsTheBuiltInStateAsRevisionOneAndTheLoaderKeepsTheEdit() {
        String slug = "built-in-" + suffix;
        builtInTopic(slug);
        TopicForm form = editing.form(slug);
        form.setBodyEn("Edited in the site.");
        form.setChangeSummary("rewrote the body");

        editing.save(slug, form, ADA);

        List<RevisionHeader> history = revisions.history(Subject.topic(slug));
        assertThat(history).extracting(RevisionHeader::change).containsExactly(ChangeKind.EDITED, ChangeKind.ORIGINAL);
        assertThat(history.get(1).author().isAccount()).isFalse();
        assertThat(history.get(0).summary()).isEqualTo("rewrote the body");
        assertThat(revisions.get(Subject.topic(slug), 1).snapshot()).contains("<!-- lang:en -->\nbody\n");

        // the built-in file changed meanwhile; loading it again (as a restart does) keeps the edit
        TopicDraft newerFile = new TopicDraft(slug, "networking", Difficulty.ADVANCED, new LocalizedText("From file", "文件"),
                new LocalizedText("s", "摘要"), new LocalizedText("file body", "文件正文"), List.of(), List.of(), null);
        BuiltInContentLoader.LoadReport report = contentLoader.load(new BuiltInContent(
                categories.findAll(), List.of(new BuiltInContent.TopicFile(slug + ".md", "newer-hash", newerFile))));

        assertThat(report.keptEdited()).isEqualTo(1);
        assertThat(stored(slug).body().en()).isEqualTo("Edited in the site.");
        assertThat(topics.findBySlug(slug).orElseThrow().isEdited()).isTrue();
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedWithADiffAndChangesNothing() {
        String slug = editing.create(form("conflict-" + suffix), ADA);
        TopicForm first = editing.form(slug);
        TopicForm second = editing.form(slug);
        first.setBodyEn("Ada's body.");
        editing.save(slug, first, ADA);
        second.setBodyEn("Grace's body.");

        assertThatThrownBy(() -> editing.save(slug, second, GRACE)).isInstanceOfSatisfying(EditConflictException.class, e -> {
            assertThat(e.currentVersion()).isEqualTo(topics.findBySlug(slug).orElseThrow().getVersion());
            assertThat(e.lastSave().author().name()).isEqualTo("Ada");
            assertThat(e.diff().lines()).anySatisfy(line -> {
                assertThat(line.isRemoved()).isTrue();
                assertThat(line.text()).isEqualTo("Ada's body.");
            });
            assertThat(e.diff().lines()).anySatisfy(line -> {
                assertThat(line.isAdded()).isTrue();
                assertThat(line.text()).isEqualTo("Grace's body.");
            });
        });
        assertThat(stored(slug).body().en()).isEqualTo("Ada's body.");
        assertThat(revisions.history(Subject.topic(slug))).hasSize(2);
    }

    @Test
    void restoringAnOldRevisionAddsARevisionWithItsContent() {
        String slug = editing.create(form("restore-" + suffix), ADA);
        TopicForm form = editing.form(slug);
        form.setBodyEn("Second version.");
        editing.save(slug, form, GRACE);

        editing.restore(slug, 1, ADA, "back to the first");

        assertThat(stored(slug).body().en()).isEqualTo("## One\n\nFirst line.");
        assertThat(revisions.history(Subject.topic(slug))).extracting(RevisionHeader::change)
                .containsExactly(ChangeKind.RESTORED, ChangeKind.EDITED, ChangeKind.CREATED);
        assertThat(revisions.get(Subject.topic(slug), 3).snapshot()).isEqualTo(revisions.get(Subject.topic(slug), 1).snapshot());
        assertThat(editing.compare(slug, 3, TopicEditing.Compare.CURRENT).diff().hasChanges()).isFalse();
        assertThat(editing.compare(slug, 2, TopicEditing.Compare.PREVIOUS).diff().added()).isEqualTo(1);
    }

    @Test
    void aRevisionThatNoLongerParsesIsRefusedWithItsReasonAndNothingChanges() {
        String slug = editing.create(form("unrestorable-" + suffix), ADA);
        String snapshot = revisions.get(Subject.topic(slug), 1).snapshot()
                .replace("First line.", "First line.\n\n```diagram\nid: x\ntype: sequence\n```");
        new TransactionTemplate(transactions).executeWithoutResult(status -> revisions.record(Subject.topic(slug),
                ChangeKind.EDITED, GRACE, "written before figures were drawn", snapshot));

        assertThatThrownBy(() -> editing.restore(slug, 2, ADA, "")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("summary");
                    assertThat(problem.messageKey()).isEqualTo("editing.error.restoreInvalid");
                }));
        assertThat(stored(slug).body().en()).isEqualTo("## One\n\nFirst line.");
        assertThat(revisions.history(Subject.topic(slug))).hasSize(2);
    }

    @Test
    void deletingATopicRetiresItsItemsKeepsItsHistoryAndTheLoadersDoNotBringItBack() {
        String slug = "deleted-" + suffix;
        builtInTopic(slug);
        QuizTestData data = new QuizTestData(categories, topics, items);
        data.oneOfEachType(slug, Difficulty.BEGINNER);
        bank.forget();
        assertThat(quizzes.usage(slug).drawable()).isEqualTo(5);
        TopicEditing.DeletionImpact impact = editing.deletionImpact(slug, Language.EN);

        editing.delete(slug, impact.version(), ADA, "merged into another topic");

        assertThat(topics.existsBySlug(slug)).isFalse();
        assertThat(quizzes.usage(slug)).isEqualTo(new TopicQuizzes.Usage(5, 0, 0));
        assertThat(revisions.history(Subject.topic(slug))).extracting(RevisionHeader::change)
                .containsExactly(ChangeKind.DELETED, ChangeKind.ORIGINAL);
        assertThat(bank.catalog().topic(slug)).isEmpty();

        // a restart loads the built-in files again: the topic stays deleted, its items retired
        TopicDraft file = new TopicDraft(slug, "networking", Difficulty.BEGINNER, new LocalizedText("Built in", "内置"),
                new LocalizedText("s", "摘要"), new LocalizedText("body", "正文"), List.of(), List.of(), null);
        contentLoader.load(new BuiltInContent(categories.findAll(),
                List.of(new BuiltInContent.TopicFile(slug + ".md", "another-hash", file))));
        ItemDraft item = new ItemDraft("single-" + slug + "-beginner", slug, ItemType.TRUE_FALSE, Difficulty.BEGINNER,
                List.of(), QuizTestData.text("True?"), List.of(), true, List.of(), QuizTestData.text("Yes"));
        bankLoader.load(List.of(new ItemFile("quiz/" + slug + ".yaml", "file-hash-" + suffix, slug, List.of(item))));

        assertThat(topics.existsBySlug(slug)).isFalse();
        assertThat(items.findByKey("single-" + slug + "-beginner").orElseThrow().isRetired()).isTrue();

        // and restoring its last revision brings it back
        editing.restore(slug, 2, ADA, "");
        assertThat(topics.findBySlug(slug).orElseThrow().getTitle().en()).isEqualTo("Built in");
    }

    @Test
    void aRelatedTopicThatWasDeletedDoesNotBlockTheNextSave() {
        String gone = editing.create(form("gone-" + suffix), ADA);
        TopicForm linking = form("linking-" + suffix);
        linking.setRelated(gone);
        String slug = editing.create(linking, ADA);
        TopicEditing.DeletionImpact impact = editing.deletionImpact(gone, Language.EN);
        assertThat(impact.relatedFrom()).extracting(dev.interviewlab.topic.TopicSummary::slug).containsExactly(slug);
        editing.delete(gone, impact.version(), ADA, "");

        TopicForm form = editing.form(slug);
        form.setBodyEn("Still links to a deleted topic.");
        editing.save(slug, form, GRACE);

        assertThat(stored(slug).related()).containsExactly(gone);
        assertThat(editing.deletionImpact(slug, Language.EN).relatedFrom()).isEmpty();
    }

    @Test
    void aDeletionBasedOnAnOldVersionIsRefused() {
        String slug = editing.create(form("old-delete-" + suffix), ADA);
        long loaded = editing.deletionImpact(slug, Language.EN).version();
        TopicForm form = editing.form(slug);
        form.setBodyEn("Changed meanwhile.");
        editing.save(slug, form, GRACE);

        assertThatThrownBy(() -> editing.delete(slug, loaded, ADA, "")).isInstanceOf(EditConflictException.class);
        assertThat(topics.existsBySlug(slug)).isTrue();
    }

    @Test
    void deletingAnAccountKeepsItsRevisionsButForgetsWhoWroteThem() {
        dev.interviewlab.account.Account account = accounts.register("writer-" + suffix, "Writer", "writer password 1", "writer password 1");
        String slug = editing.create(form("authored-" + suffix), RevisionAuthor.account(account.getId(), "Writer"));

        accounts.delete(account.getId(), "writer password 1");

        RevisionHeader created = revisions.history(Subject.topic(slug)).get(0);
        assertThat(created.author()).isEqualTo(new RevisionAuthor(null, ""));
        assertThat(created.author().isDeletedAccount()).isTrue();
    }

    @Test
    void theEnglishAndChinesePreviewsShownOnOnePageShareNoIds() {
        String body = "## Flow\n\n```diagram\nid: flow\ntype: sequence\ntitle: Flow | 流程\ndesc: One message. | 一条消息。\n"
                + "participant a: A\nparticipant b: B\na -> b: hi\n```\n";

        String english = editing.preview(body, Language.EN);
        String chinese = editing.preview(body, Language.ZH);

        List<String> englishIds = Jsoup.parseBodyFragment(english).select("[id]").eachAttr("id");
        assertThat(englishIds).contains("preview-en-fig-flow")
                .doesNotContainAnyElementsOf(Jsoup.parseBodyFragment(chinese).select("[id]").eachAttr("id"));
        assertThat(english).contains("aria-labelledby=\"preview-en-fig-flow-title");
    }

    @Test
    void aPreviewIsSanitizedAndBounded() {
        assertThat(editing.preview("**bold** <script>alert(1)</script><img src=x onerror=alert(1)>", Language.EN))
                .contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("onerror");
        assertThatThrownBy(() -> editing.preview("x".repeat(TopicDrafts.MAX_BODY + 1), Language.EN))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void editingAMissingTopicIsNotFound() {
        assertThatThrownBy(() -> editing.form("no-such-" + suffix)).isInstanceOf(TopicNotFoundException.class);
        assertThatThrownBy(() -> editing.history("no-such-" + suffix, Language.EN)).isInstanceOf(TopicNotFoundException.class);
    }

    @Test
    void aSnapshotParsesBackIntoTheSameTopic() {
        String slug = editing.create(form("snapshot-" + suffix), ADA);
        String snapshot = revisions.get(Subject.topic(slug), 1).snapshot();

        assertThat(new TopicFileWriter().write(stored(slug))).isEqualTo(snapshot);
    }
}
