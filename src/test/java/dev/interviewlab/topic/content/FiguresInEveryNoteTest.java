package dev.interviewlab.topic.content;

import dev.interviewlab.topic.content.ContentCodeBlocks.CodeBlock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: every built-in note explains with at least one figure, in both of its languages (a
 * {@code ```diagram} block; DiagramBlocksTest checks that each parses and that both languages carry the
 * same block).
 */
class FiguresInEveryNoteTest {

    @Test
    void everyBuiltInNoteHasAFigureInEachLanguage() throws IOException {
        Map<String, Long> figures = ContentCodeBlocks.builtIn().stream()
                .filter(block -> block.language().equals("diagram"))
                .collect(Collectors.groupingBy(CodeBlock::source, Collectors.counting()));
        List<String> notes;
        try (Stream<Path> files = Files.list(Path.of("db/content/topics"))) {
            notes = files.map(file -> "topics/" + file.getFileName()).filter(name -> name.endsWith(".md")).sorted().toList();
        }

        assertThat(notes).hasSizeGreaterThanOrEqualTo(32);
        for (String language : List.of("en", "zh")) {
            assertThat(notes).as("notes without a figure (%s)", language)
                    .filteredOn(note -> figures.getOrDefault(note + " (" + language + ")", 0L) == 0).isEmpty();
        }
    }
}
