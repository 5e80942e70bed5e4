package dev.interviewlab.topic.content;

import dev.interviewlab.markdown.DiagramBlock;
import dev.interviewlab.markdown.MarkdownRenderer;
import dev.interviewlab.topic.TopicDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every figure of a built-in note is in both bodies, byte for byte the same block (its labels carry
 * both languages), and every block can be drawn.
 */
class DiagramBlocksBilingualTest {

    private static BuiltInContent content;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @BeforeAll
    static void readContent() {
        content = new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read();
    }

    @Test
    void everyFigureIsInBothBodiesWithTheSameBlock() {
        int figures = 0;
        for (BuiltInContent.TopicFile file : content.topics()) {
            TopicDraft draft = file.draft();
            Map<String, String> english = blocks(draft.body().en());
            Map<String, String> chinese = blocks(draft.body().zh());
            assertThat(chinese).as("%s: the Chinese body's figures (id -> block) must be the English body's", draft.slug())
                    .isEqualTo(english);
            for (String id : english.keySet()) {
                assertThat(renderer.render(draft.body().zh(), Locale.SIMPLIFIED_CHINESE).html())
                        .as("%s: figure %s drawn", draft.slug(), id).contains("id=\"fig-" + id + "\"");
            }
            figures += english.size();
        }
        assertThat(figures).as("the websocket note's figure at least").isPositive();
    }

    @Test
    void aBadFigureFailsLoadingNamingTheFileAndLine() {
        String file = """
                ---
                slug: broken
                category: networking
                difficulty: beginner
                title: {en: Broken, zh: 坏}
                summary: {en: Broken, zh: 坏}
                ---
                <!-- lang:en -->
                ## Text

                ```diagram
                id: x
                type: graph
                title: T
                desc: D
                node a at 0,0: A
                a -> nowhere
                ```
                <!-- lang:zh -->
                ## 文本
                """;
        assertThatThrownBy(() -> new TopicFileParser().parse("topics/broken.md", file))
                .isInstanceOf(ContentException.class)
                .hasMessage("topics/broken.md: Figure, line 17: \"nowhere\" is not declared (declare participants and nodes before using them).");
    }

    private Map<String, String> blocks(String body) {
        Map<String, String> blocks = new LinkedHashMap<>();
        List<DiagramBlock> found = renderer.checkDiagrams(body);
        found.forEach(block -> blocks.put(block.id(), block.source()));
        return blocks;
    }
}
