package dev.interviewlab.quiz.attempt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FillInNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            TIME_WAIT              | time_wait
            "  Time   Wait  "      | time wait
            ＴＩＭＥ＿ＷＡＩＴ     | time_wait
            "time\u3000wait"       | time wait
            "三次 握手"            | 三次握手
            "epoll 和 select"      | epoll和select
            2MSL                   | 2msl
            """)
    void foldsCaseWidthAndSpaces(String typed, String normalized) {
        assertThat(FillInNormalizer.normalize(typed)).isEqualTo(normalized);
    }
}
