package dev.interviewlab.topic.content;

import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemFile;
import dev.interviewlab.quiz.bank.QuizBankReader;
import dev.interviewlab.topic.TopicDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements of the built-in content that were wrong once (issue 12, point 14) stay right, in both languages. */
class ContentCorrectionsTest {

    private static BuiltInContent content;
    private static List<ItemFile> items;

    @BeforeAll
    static void read() {
        content = new BuiltInContentReader(BuiltInContentReader.DEFAULT_LOCATION).read();
        items = new QuizBankReader(QuizBankReader.DEFAULT_LOCATION).read();
    }

    @Test
    void bothSidesOfASimultaneousCloseEnterTimeWait() {
        TopicDraft note = topic("tcp-connection-states");
        assertThat(note.body().en()).doesNotContain("Only the side that closed **first** enters TIME_WAIT")
                .contains("in a simultaneous close both sides are active closers, so both enter TIME_WAIT");
        assertThat(note.body().zh()).doesNotContain("只有**先**关闭的一方才会进入 TIME_WAIT")
                .contains("同时关闭时双方都是主动关闭方，两端都会进入 TIME_WAIT");
    }

    private static TopicDraft topic(String slug) {
        return content.topics().stream().map(BuiltInContent.TopicFile::draft).filter(d -> d.slug().equals(slug))
                .findFirst().orElseThrow();
    }
}
