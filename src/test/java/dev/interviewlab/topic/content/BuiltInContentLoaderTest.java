package dev.interviewlab.topic.content;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.revision.RevisionService;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.Topic;
import dev.interviewlab.topic.TopicDraft;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({BuiltInContentLoader.class, RevisionService.class})
@DatabaseTest
class BuiltInContentLoaderTest {

    @Autowired
    BuiltInContentLoader loader;

    @Autowired
    TopicRepository topics;

    @Autowired
    TestEntityManager entityManager;

    private final BuiltInContent content = new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read();

    @Test
    void loadingTwiceChangesNothingTheSecondTime() {
        // on a fresh database the first load creates everything; on a shared one (the PostgreSQL
        // pass) another test may have loaded the same files already
        BuiltInContentLoader.LoadReport first = loader.load(content);
        entityManager.flush();
        BuiltInContentLoader.LoadReport second = loader.load(content);

        assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(content.topics().size());
        assertThat(second).isEqualTo(new BuiltInContentLoader.LoadReport(0, 0, content.topics().size(), 0));
        assertThat(content.topics()).allSatisfy(file -> assertThat(topics.findOriginBySlug(file.draft().slug())).isPresent());
    }

    @Test
    void aChangedFileUpdatesItsTopic() {
        loader.load(content);
        entityManager.flush();

        BuiltInContentLoader.LoadReport report = loader.load(withChangedTitle(content, "websocket", "WebSocket, revised"));
        entityManager.flush();
        entityManager.clear();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(topics.findBySlug("websocket").orElseThrow().getTitle().en()).isEqualTo("WebSocket, revised");
    }

    @Test
    void aTopicEditedInTheSiteIsNotOverwritten() {
        loader.load(content);
        Topic edited = topics.findBySlug("websocket").orElseThrow();
        edited.markEditedInSite(Instant.parse("2026-11-02T00:00:00Z"));
        entityManager.flush();

        BuiltInContentLoader.LoadReport report = loader.load(withChangedTitle(content, "websocket", "WebSocket, revised"));
        entityManager.flush();
        entityManager.clear();

        assertThat(report.keptEdited()).isEqualTo(1);
        assertThat(topics.findBySlug("websocket").orElseThrow().getTitle().en()).isNotEqualTo("WebSocket, revised");
    }

    private static BuiltInContent withChangedTitle(BuiltInContent content, String slug, String title) {
        List<BuiltInContent.TopicFile> files = new ArrayList<>();
        for (BuiltInContent.TopicFile file : content.topics()) {
            if (file.draft().slug().equals(slug)) {
                TopicDraft d = file.draft();
                TopicDraft changed = new TopicDraft(d.slug(), d.categorySlug(), d.difficulty(),
                        new LocalizedText(title, d.title().zh()), d.summary(), d.body(), d.tags(), d.related(), d.simulation());
                files.add(new BuiltInContent.TopicFile(file.path(), "changed-hash", changed));
            } else {
                files.add(file);
            }
        }
        return new BuiltInContent(content.categories(), files);
    }
}
