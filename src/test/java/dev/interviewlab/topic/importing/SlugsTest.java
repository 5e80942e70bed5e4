package dev.interviewlab.topic.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({
            "'tcp 查询状态 timewait closewait', tcp-查询状态-timewait-closewait",
            "'GMP 调度模型：为什么要有 P?', gmp-调度模型-为什么要有-p",
            "'  Hello,   World!  ', hello-world",
            "'!!!', note",
            "'ＡＢＣ　全角', abc-全角",
    })
    void slugsKeepLettersOfAnyScript(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"200"})
    void slugsAreBounded(int length) {
        assertThat(Slugs.of("a".repeat(length))).hasSize(Slugs.MAX_LENGTH);
    }
}
