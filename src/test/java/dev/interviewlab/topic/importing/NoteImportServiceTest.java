package dev.interviewlab.topic.importing;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicOrigin;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.topic.content.BuiltInContentLoader;
import dev.interviewlab.topic.content.BuiltInContentReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({NoteImportService.class, BuiltInContentLoader.class, RevisionService.class})
@TestPropertySource(properties = "interviewlab.import.max-bytes=1048576")
@DatabaseTest
class NoteImportServiceTest {

    @Autowired
    NoteImportService imports;

    @Autowired
    BuiltInContentLoader loader;

    @Autowired
    TopicRepository topics;

    @Autowired
    TestEntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** Unique per test, so the PostgreSQL pass (a shared database) cannot collide with earlier runs. */
    private String unique;

    @BeforeEach
    void setUp() {
        unique = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ImportPlan plan(String markdown) {
        return imports.plan("notes.md", markdown.getBytes(StandardCharsets.UTF_8), 1);
    }

    @Test
    void savesOneImportedTopicPerNoteInTheFilesCategory() {
        List<String> saved = imports.save(plan("---\ncategories: [" + unique + "-cat]\ntags: [go]\n---\n# "
                + unique + " one\nfirst\n# " + unique + " two\nsecond\n"));
        entityManager.flush();
        entityManager.clear();

        assertThat(saved).containsExactly(unique + "-one", unique + "-two");
        Topic one = topics.findBySlug(unique + "-one").orElseThrow();
        assertThat(one.getOrigin()).isEqualTo(TopicOrigin.IMPORTED);
        assertThat(one.getTitle().en()).isEqualTo(unique + " one");
        assertThat(one.getTitle().zh()).isEqualTo(unique + " one");
        assertThat(one.getBody().en()).contains("first");
        assertThat(one.getTags()).containsExactly("go");
        assertThat(one.getCategory().getSlug()).isEqualTo(unique + "-cat");
    }

    @Test
    void reimportingUpdatesTheEarlierImport() {
        imports.save(plan("# " + unique + "\nold text\n"));
        entityManager.flush();

        ImportPreview preview = imports.preview(plan("# " + unique + "\nnew text\n"));
        assertThat(preview.notes()).extracting(ImportPreview.PlannedNote::action).containsExactly(ImportPreview.Action.UPDATE);

        imports.save(preview.plan());
        entityManager.flush();
        entityManager.clear();
        assertThat(topics.findBySlug(unique).orElseThrow().getBody().en()).contains("new text").doesNotContain("old text");
    }

    @Test
    void aNoteNamedLikeABuiltInTopicGetsItsOwnAddress() {
        loader.load(new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read());
        entityManager.flush();

        ImportPreview preview = imports.preview(plan("# WebSocket\nmy own notes\n# WebSocket\nagain\n"));

        assertThat(preview.notes()).extracting(ImportPreview.PlannedNote::slug).containsExactly("websocket-2", "websocket-3");
        assertThat(topics.findBySlug("websocket").orElseThrow().getOrigin()).isEqualTo(TopicOrigin.BUILT_IN);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anImportThatFailsHalfWaySavesNothing() {
        // the second note is too long for its column, so the database refuses it at flush time
        ImportPlan plan = new ImportPlan("notes.md", 1, unique + "-cat", List.of(), null, List.of(
                new ImportPlan.ImportedNote(unique + " fine", "fine", "fine"),
                new ImportPlan.ImportedNote(unique + " huge", "x".repeat(1_000_001), "huge")));

        assertThatThrownBy(() -> imports.save(plan)).isInstanceOf(RuntimeException.class);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(topics.findOriginBySlug(unique + "-fine")).isEmpty();
            assertThat(topics.findOriginBySlug(unique + "-huge")).isEmpty();
        });
    }
}
