package dev.interviewlab.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTest {

    @Test
    void nulCharactersAreDroppedAndEverythingElseIsKept() {
        assertThat(StorableText.of("<scr\u0000ipt>\u0000")).isEqualTo("<script>");
        assertThat(StorableText.of("tab\there 中文 \uD83D\uDE00")).isEqualTo("tab\there 中文 \uD83D\uDE00");
        assertThat(StorableText.of(null)).isNull();
    }
}
