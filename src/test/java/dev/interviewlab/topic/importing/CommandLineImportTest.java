package dev.interviewlab.topic.importing;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.topic.TopicOrigin;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CommandLineImport.class, NoteImportService.class})
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@DatabaseTest
class CommandLineImportTest {

    @Autowired
    CommandLineImport commandLine;

    @Autowired
    TopicRepository topics;

    @TempDir
    Path folder;

    @Test
    void importsTheFileNamedOnTheCommandLineAtTheGivenLevel() throws IOException {
        String marker = "cli" + UUID.randomUUID().toString().substring(0, 8);
        Path notes = Files.writeString(folder.resolve("notes.md"), "# " + marker + "\n## Part\ntext\n");

        commandLine.run(new DefaultApplicationArguments("--import=" + notes, "--split-level=1"));

        assertThat(topics.findOriginBySlug(marker)).contains(TopicOrigin.IMPORTED);
        assertThat(topics.findBySlug(marker).orElseThrow().getBody().en()).contains("## Part");
    }

    @Test
    void aRefusedFileFailsWithTheReasonAndSavesNothing() throws IOException {
        Path binary = Files.write(folder.resolve("image.md"), new byte[]{'#', ' ', 0, 1, 2});

        assertThatThrownBy(() -> commandLine.run(new DefaultApplicationArguments("--import=" + binary)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing was saved")
                .hasMessageContaining("not a UTF-8 text file");
    }

    @Test
    void aBadSplitLevelIsExplained() {
        assertThatThrownBy(() -> commandLine.run(new DefaultApplicationArguments("--import=x.md", "--split-level=two")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--split-level");
    }

    @Test
    void withoutTheOptionNothingHappens() {
        long before = topics.count();
        commandLine.run(new DefaultApplicationArguments("--server.port=0"));
        assertThat(topics.count()).isEqualTo(before);
    }
}
