package dev.interviewlab.quiz.web;

import dev.interviewlab.web.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Item texts draw their figures in the quiz's language, as notes do. */
class QuizTextTest {

    /** The same block in both languages' prompts, as content and the editor require. */
    static final String PROMPT_WITH_FIGURE = """
            Which queue holds the request?

            ```diagram
            id: backlog
            type: graph
            title: Two queues | 两个队列
            desc: Where a connection waits. | 连接在哪里等待。
            node a at 0,0: SYN queue | 半连接队列
            node b at 2,0: Accept queue | 全连接队列
            a -> b: final ACK | 最后的 ACK
            ```
            """;

    private final QuizText text = new QuizText();

    @Test
    void aFigureInAPromptHasTheQuizsLanguageLabelsAndTheCacheKeepsTheLanguagesApart() {
        String english = text.block(PROMPT_WITH_FIGURE, Language.EN);
        String chinese = text.block(PROMPT_WITH_FIGURE, Language.ZH);

        assertThat(english).contains("<svg").contains("SYN queue").contains("Two queues").doesNotContain("半连接队列");
        assertThat(chinese).contains("<svg").contains("半连接队列").contains("两个队列").doesNotContain("SYN queue", "Two queues");
        // in turns, from the cache: neither language's rendering is served to the other
        assertThat(text.block(PROMPT_WITH_FIGURE, Language.EN)).isEqualTo(english);
        assertThat(text.block(PROMPT_WITH_FIGURE, Language.ZH)).isEqualTo(chinese);
    }

    @Test
    void anOptionsFigureFollowsTheLanguageToo() {
        assertThat(text.inline(PROMPT_WITH_FIGURE, Language.ZH)).contains("全连接队列").doesNotContain("Accept queue");
        assertThat(text.inline(PROMPT_WITH_FIGURE, Language.EN)).contains("Accept queue").doesNotContain("全连接队列");
    }
}
