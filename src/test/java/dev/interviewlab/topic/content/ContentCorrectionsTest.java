package dev.interviewlab.topic.content;

import dev.interviewlab.quiz.bank.ItemDraft;
import dev.interviewlab.quiz.bank.ItemFile;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.QuizBankReader;
import dev.interviewlab.topic.TopicDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
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
    void aClosedRangeOrPrefixLikeOnBStillBoundsTheRangeWithC() {
        TopicDraft note = topic("mysql-indexes");
        for (String body : List.of(note.body().en(), note.body().zh())) {
            assertThat(columnsUsed(body, "`a = 1 AND b > 2 AND c = 3`")).isEqualTo("a, b");
            assertThat(columnsUsed(body, "`a = 1 AND b >= 2 AND c = 3`")).startsWith("a, b, c");
            assertThat(columnsUsed(body, "`a = 1 AND b LIKE 'ab%' AND c = 3`")).startsWith("a, b, c");
        }
        ItemDraft item = item("idx-range-stops-prefix");
        assertThat(item.explanation().en()).doesNotContain("behaves the same way").contains("`b >= 2`").contains("key_len");
        assertThat(item.explanation().zh()).doesNotContain("也是同样的效果").contains("`b >= 2`").contains("key_len");
        // and a question on it: a >= range on b with c = 3 uses all three 4-byte columns
        assertThat(item("idx-closed-range-key-len").accepted()).contains("12");
    }

    @Test
    void theDeferredJoinFixesEveryIndexColumnBeforeTheSortColumn() {
        TopicDraft note = topic("mysql-indexes");
        for (String body : List.of(note.body().en(), note.body().zh())) {
            assertThat(body).contains("JOIN (SELECT id FROM orders WHERE user_id = 42 AND status = 1\n      ORDER BY created_at LIMIT 100000, 20)")
                    .doesNotContain("WHERE user_id = 42\n      ORDER BY created_at");
            assertThat(body).contains("Using filesort");
        }
    }

    @Test
    void bothSidesOfASimultaneousCloseEnterTimeWait() {
        TopicDraft note = topic("tcp-connection-states");
        assertThat(note.body().en()).doesNotContain("Only the side that closed **first** enters TIME_WAIT")
                .contains("in a simultaneous close both sides are active closers, so both enter TIME_WAIT");
        assertThat(note.body().zh()).doesNotContain("只有**先**关闭的一方才会进入 TIME_WAIT")
                .contains("同时关闭时双方都是主动关闭方，两端都会进入 TIME_WAIT");
    }

    @Test
    void microservicesAreSplitByBusinessCapabilityNotByLayer() {
        TopicDraft note = topic("microservices-basics");
        assertThat(note.body().en()).contains("**Correction to the notebook:** the notebook describes microservices as splitting")
                .contains("Split by **business capability**").contains("keep the layers (controller, service, repository) **inside** each service");
        assertThat(note.body().zh()).contains("**笔记勘误：** 笔记把微服务描述为")
                .contains("应该按**业务能力**").contains("把分层（控制器、服务、仓储）留在**每个服务内部**");
        assertThat(item("ms-split-how").options()).filteredOn(ItemOption::correct).extracting(ItemOption::text)
                .singleElement().satisfies(text -> assertThat(text.en()).startsWith("By business capability"));
    }

    @Test
    void structuralPatternsComposeObjectsRatherThanInherit() {
        TopicDraft note = topic("design-patterns-overview");
        assertThat(note.body().en()).contains("only structural *class* patterns (the class form of Adapter) use inheritance");
        assertThat(note.body().zh()).contains("只有结构型*类*模式（类适配器）用继承");
        assertThat(item("dp-structural-composition").trueFalseAnswer()).isFalse();
    }

    /** The second cell of the table row whose first cell is {@code firstCell}. */
    private static String columnsUsed(String body, String firstCell) {
        return Arrays.stream(body.split("\n")).filter(line -> line.startsWith("| " + firstCell + " |")).findFirst()
                .map(line -> line.split("\\|")[2].strip())
                .orElseThrow(() -> new AssertionError("no table row for " + firstCell));
    }

    private static TopicDraft topic(String slug) {
        return content.topics().stream().map(BuiltInContent.TopicFile::draft).filter(d -> d.slug().equals(slug))
                .findFirst().orElseThrow();
    }

    private static ItemDraft item(String key) {
        return items.stream().flatMap(file -> file.items().stream()).filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
