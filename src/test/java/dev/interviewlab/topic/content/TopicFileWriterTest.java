package dev.interviewlab.topic.content;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.topic.TopicDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicFileWriterTest {

    private final TopicFileWriter writer = new TopicFileWriter();
    private final TopicFileParser parser = new TopicFileParser();

    @Test
    void everyBuiltInTopicParsesBackFromWhatTheWriterWrites() {
        for (BuiltInContent.TopicFile file : new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read().topics()) {
            TopicDraft draft = file.draft();
            TopicDraft again = parser.parse(draft.slug() + ".md", writer.write(draft));

            assertThat(again).usingRecursiveComparison().ignoringFields("tags", "related").isEqualTo(draft);
            assertThat(again.tags()).containsExactlyInAnyOrderElementsOf(draft.tags());
            assertThat(again.related()).containsExactlyInAnyOrderElementsOf(draft.related());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a \"quoted\" title", "back\\slash", "colon: and # hash", "- leading dash", "tab\there",
            "yes", "null", "~", "'single'", "中文：冒号「引号」", "emoji 🚀", "line\nbreak", "{braces} [brackets] & *star"})
    void titlesAndSummariesSurviveAnyCharacters(String text) {
        TopicDraft draft = new TopicDraft("tricky", "networking", Difficulty.ADVANCED, new LocalizedText(text, text),
                new LocalizedText("s " + text, "摘要 " + text), new LocalizedText("body", "正文"), List.of("b", "a"),
                List.of(), "tcp");

        TopicDraft again = parser.parse("tricky.md", writer.write(draft));

        assertThat(again.title()).isEqualTo(draft.title());
        assertThat(again.summary()).isEqualTo(draft.summary());
        assertThat(again.simulation()).isEqualTo("tcp");
        assertThat(again.tags()).containsExactly("a", "b");
    }

    @Test
    void theSnapshotReadsLikeTheBuiltInFile() {
        TopicDraft draft = new TopicDraft("tcp", "networking", Difficulty.BEGINNER, new LocalizedText("TCP", "TCP 连接"),
                new LocalizedText("States", "状态"), new LocalizedText("## One\n\ntext", "## 一\n\n文字"),
                List.of("tcp"), List.of("websocket"), null);

        assertThat(writer.write(draft)).isEqualTo("""
                ---
                slug: tcp
                category: networking
                difficulty: beginner
                tags: [tcp]
                related: [websocket]
                title:
                  en: "TCP"
                  zh: "TCP 连接"
                summary:
                  en: "States"
                  zh: "状态"
                ---
                <!-- lang:en -->
                ## One

                text

                <!-- lang:zh -->
                ## 一

                文字
                """);
    }
}
