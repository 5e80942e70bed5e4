package dev.interviewlab.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterTest {

    @Test
    void readsHexoFrontMatterAndTheBodyAfterIt() {
        FrontMatter parsed = FrontMatter.parse("""
                ---
                title: 操作系统-磁盘内存管理
                date: 2022-01-05 04:04:43
                categories:
                 - 学习
                ---
                body line
                """);

        assertThat(parsed.fields()).containsEntry("title", "操作系统-磁盘内存管理");
        assertThat(parsed.fields().get("categories")).isEqualTo(List.of("学习"));
        assertThat(parsed.body()).isEqualTo("body line\n");
        assertThat(parsed.bodyLine()).isEqualTo(7);
    }

    @Test
    void textWithoutFrontMatterIsAllBody() {
        FrontMatter parsed = FrontMatter.parse("# Heading\n---\ntext");
        assertThat(parsed.isEmpty()).isTrue();
        assertThat(parsed.body()).startsWith("# Heading");
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreAccepted() {
        FrontMatter parsed = FrontMatter.parse("\uFEFF---\r\ntitle: x\r\n---\r\nbody");
        assertThat(parsed.fields()).containsEntry("title", "x");
        assertThat(parsed.body()).isEqualTo("body");
    }

    @Test
    void unclosedFrontMatterIsRejected() {
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\nbody without a closing fence"))
                .isInstanceOf(FrontMatterException.class).hasMessageContaining("no closing");
    }

    @Test
    void invalidYamlIsRejectedWithItsLine() {
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\ntags: [a, b\n---\nbody"))
                .isInstanceOf(FrontMatterException.class)
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(((FrontMatterException) e).line()).isGreaterThan(1));
    }

    @Test
    void frontMatterThatIsNotAMapIsRejected() {
        assertThatThrownBy(() -> FrontMatter.parse("---\n- a\n- b\n---\nbody"))
                .isInstanceOf(FrontMatterException.class).hasMessageContaining("key: value");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: a\ntitle: b\n---\nbody"))
                .isInstanceOf(FrontMatterException.class);
    }

    @Test
    void yamlTagsThatWouldConstructJavaObjectsAreRejected() {
        assertThatThrownBy(() -> FrontMatter.parse("---\nx: !!java.io.File [\"/etc/passwd\"]\n---\nbody"))
                .isInstanceOf(FrontMatterException.class);
    }
}
