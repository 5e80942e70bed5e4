package dev.interviewlab.topic.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotebookSplitterTest {

    private static final int MAX_BYTES = 1024 * 1024;
    private final NotebookSplitter splitter = new NotebookSplitter(MAX_BYTES);

    private static byte[] notebook() throws IOException {
        try (InputStream in = NotebookSplitterTest.class.getResourceAsStream("/notebook/interview-notes.md")) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theNotebookSplitsIntoOneNotePerTopLevelHeading() throws IOException {
        ImportPlan plan = splitter.split("interview-notes.md", notebook(), 1);

        assertThat(plan.category()).isEqualTo("学习");
        assertThat(plan.date()).isNotBlank();
        assertThat(plan.notes()).extracting(ImportPlan.ImportedNote::title).containsExactly(
                "操作系统-磁盘内存管理",           // the text before the first heading, titled by the front matter
                "tcp 查询状态 timewait closewait",
                "缓存一致性",                       // the URL in the heading moves into the body
                "cpu cache 一致性 mesi",
                "垃圾回收 stw",
                "0203 todo",
                "0202 csp 实体goruntine 管道channel 通信 并发模型");
        assertThat(plan.notes().get(2).markdown()).startsWith("Source: <https://www.cnblogs.com/xiaolincoding/p/16493675.html>");
        // deeper headings stay inside their note
        assertThat(plan.notes().get(4).markdown()).contains("## GMP 调度模型").contains("#### v1.8 三色+混合写屏障");
    }

    @Test
    void aDeeperLevelMakesMoreNotesAndLosesNoText() throws IOException {
        ImportPlan level1 = splitter.split("interview-notes.md", notebook(), 1);
        ImportPlan level2 = splitter.split("interview-notes.md", notebook(), 2);

        assertThat(level2.notes().size()).isGreaterThan(level1.notes().size());
        assertThat(level2.notes()).extracting(ImportPlan.ImportedNote::title)
                .contains("GMP 调度模型 解决程序里产生的多线程如何调度执行的问题", "channel的底层结构？接收、发送消息的过程？ channel底层",
                        "0204 设计模式 todo", "0209");
        String all2 = String.join("\n", level2.notes().stream().map(ImportPlan.ImportedNote::markdown).toList());
        assertThat(all2).contains("hchan struct").contains("git merge").contains("饿汉式 lazy");
    }

    @Test
    void headingsInsideCodeBlocksDoNotSplit() {
        ImportPlan plan = splitter.split("n.md", utf8("""
                # Real
                text
                ```bash
                # a shell comment, not a heading
                ```
                # Second
                more
                """), 1);

        assertThat(plan.notes()).extracting(ImportPlan.ImportedNote::title).containsExactly("Real", "Second");
        assertThat(plan.notes().get(0).markdown()).contains("# a shell comment");
    }

    @Test
    void setextHeadingsSplitToo() {
        ImportPlan plan = splitter.split("n.md", utf8("First\n=====\nbody one\n\nSecond\n======\nbody two\n"), 1);

        assertThat(plan.notes()).extracting(ImportPlan.ImportedNote::title).containsExactly("First", "Second");
        assertThat(plan.notes().get(0).markdown()).doesNotContain("===");
    }

    @Test
    void emptySectionsAreSkipped() {
        ImportPlan plan = splitter.split("n.md", utf8("# Parent\n## Child\ntext\n"), 2);
        assertThat(plan.notes()).extracting(ImportPlan.ImportedNote::title).containsExactly("Child");
    }

    @Test
    void tagsAndNestedCategoriesAreRead() {
        ImportPlan plan = splitter.split("n.md", utf8("---\ntitle: T\ncategories: [[Backend, Go]]\ntags: go\n---\n# A\nx\n"), 1);
        assertThat(plan.category()).isEqualTo("Backend");
        assertThat(plan.tags()).containsExactly("go");
    }

    @Test
    void binaryFilesAreRejected() {
        assertThatThrownBy(() -> splitter.split("image.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, 1))
                .isInstanceOf(ImportException.class).extracting("messageKey").isEqualTo("import.error.binary");
    }

    @Test
    void invalidUtf8IsRejected() {
        assertThatThrownBy(() -> splitter.split("latin1.md", new byte[]{'#', ' ', (byte) 0xE9, 't', (byte) 0xE9}, 1))
                .isInstanceOf(ImportException.class).extracting("messageKey").isEqualTo("import.error.binary");
    }

    @Test
    void filesOverTheLimitAreRejected() {
        assertThatThrownBy(() -> splitter.split("big.md", new byte[MAX_BYTES + 1], 1))
                .isInstanceOf(ImportException.class).extracting("messageKey").isEqualTo("import.error.tooLarge");
    }

    @Test
    void malformedFrontMatterIsRejectedWithItsLine() {
        assertThatThrownBy(() -> splitter.split("n.md", utf8("---\ntitle: [unclosed\n---\n# A\nx\n"), 1))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportException error = (ImportException) e;
                    assertThat(error.messageKey()).isEqualTo("import.error.frontMatter");
                    assertThat(error.arguments()[0]).isInstanceOf(Integer.class);
                });
    }

    @Test
    void emptyAndBlankFilesAreRejected() {
        assertThatThrownBy(() -> splitter.split("n.md", new byte[0], 1)).extracting("messageKey").isEqualTo("import.error.empty");
        assertThatThrownBy(() -> splitter.split("n.md", utf8("  \n\n"), 1)).extracting("messageKey").isEqualTo("import.error.empty");
        assertThatThrownBy(() -> splitter.split("n.md", utf8("---\ntitle: x\n---\n\n"), 1)).extracting("messageKey").isEqualTo("import.error.noNotes");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void splitLevelMustBeOneToFour(int level) {
        assertThatThrownBy(() -> splitter.split("n.md", utf8("# A\nx"), level)).extracting("messageKey").isEqualTo("import.error.level");
    }

    @Test
    void tooManyNotesAreRejected() {
        String many = "# n\nx\n".repeat(NotebookSplitter.MAX_NOTES + 1);
        assertThatThrownBy(() -> splitter.split("n.md", utf8(many), 1)).extracting("messageKey").isEqualTo("import.error.tooManyNotes");
    }
}
