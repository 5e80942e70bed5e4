package dev.interviewlab.quiz.editing;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's previews show each text as a quiz in its language will: figures with that language's labels. */
class MarkdownPreviewTest {

    private static final String FIGURE = """
            ```diagram
            id: backlog
            type: graph
            title: Two queues | 两个队列
            desc: Where a connection waits. | 连接在哪里等待。
            node a at 0,0: SYN queue | 半连接队列
            node b at 2,0: Accept queue | 全连接队列
            a -> b
            ```
            """;

    @Test
    void chineseTextsPreviewWithChineseLabelsAndEnglishWithEnglish() {
        ItemForm form = new ItemForm();
        form.setPromptEn("Which queue?\n\n" + FIGURE);
        form.setPromptZh("哪个队列？\n\n" + FIGURE);
        form.setExplanationEn(FIGURE);
        form.setExplanationZh(FIGURE);

        Map<String, String> previews = new MarkdownPreview().of(form);

        for (String english : new String[]{"promptEn", "explanationEn"}) {
            assertThat(previews.get(english)).contains("SYN queue", "Two queues").doesNotContain("半连接队列");
        }
        for (String chinese : new String[]{"promptZh", "explanationZh"}) {
            assertThat(previews.get(chinese)).contains("半连接队列", "两个队列").doesNotContain("SYN queue");
        }
    }
}
