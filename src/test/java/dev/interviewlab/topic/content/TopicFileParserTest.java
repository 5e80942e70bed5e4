package dev.interviewlab.topic.content;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicFileParserTest {

    private static final String VALID = """
            ---
            slug: sample-topic
            category: networking
            difficulty: intermediate
            tags: [tcp, time-wait]
            related: [websocket]
            simulation: tcp
            title:
              en: "Sample: a topic"
              zh: 示例主题
            summary:
              en: English summary
              zh: 中文摘要
            ---
            <!-- lang:en -->
            ## English
            Body
            <!-- lang:zh -->
            ## 中文
            正文
            """;

    private final TopicFileParser parser = new TopicFileParser();

    @Test
    void readsBothLanguages() {
        TopicDraft draft = parser.parse("topics/sample-topic.md", VALID);

        assertThat(draft.slug()).isEqualTo("sample-topic");
        assertThat(draft.difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
        assertThat(draft.title().en()).isEqualTo("Sample: a topic");
        assertThat(draft.title().zh()).isEqualTo("示例主题");
        assertThat(draft.body().en()).isEqualTo("## English\nBody");
        assertThat(draft.body().zh()).isEqualTo("## 中文\n正文");
        assertThat(draft.tags()).containsExactly("tcp", "time-wait");
        assertThat(draft.related()).containsExactly("websocket");
        assertThat(draft.simulation()).isEqualTo("tcp");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("missing Chinese marker", "<!-- lang:zh -->", "<!-- note -->", "followed by a '<!-- lang:zh -->'"),
                Arguments.of("missing English marker", "<!-- lang:en -->", "<!-- lang:xx -->", "must start with a '<!-- lang:en -->'"),
                Arguments.of("unknown difficulty", "difficulty: intermediate", "difficulty: expert", "difficulty must be one of"),
                Arguments.of("slug not kebab case", "slug: sample-topic", "slug: Sample_Topic", "lower-case ASCII"),
                Arguments.of("missing Chinese title", "  zh: 示例主题", "  fr: x", "'title' needs an 'en' and a 'zh'"),
                Arguments.of("unknown simulation", "simulation: tcp", "simulation: dns", "simulation must be one of"),
                Arguments.of("tags not a list", "tags: [tcp, time-wait]", "tags: tcp", "must be a list"),
                Arguments.of("unclosed front matter", "---\n<!-- lang:en -->", "<!-- lang:en -->", "no closing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void rejectsBrokenFilesNamingTheProblem(String name, String find, String replace, String message) {
        String broken = VALID.replace(find, replace);

        assertThatThrownBy(() -> parser.parse("topics/sample-topic.md", broken))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("topics/sample-topic.md: ")
                .hasMessageContaining(message);
    }

    @Test
    void fileNameMustBeTheSlug() {
        assertThatThrownBy(() -> parser.parse("topics/other.md", VALID))
                .isInstanceOf(ContentException.class).hasMessageContaining("sample-topic.md");
    }
}
