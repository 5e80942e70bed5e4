package dev.interviewlab.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ContentChangeTest {

    @Test
    void aChangeReadsBackFromItsPayload() {
        ContentChange topics = ContentChange.topics("a1b2c3d4", 42, Set.of("tcp-connection-states", "websocket"));
        assertThat(ContentChange.parse(topics.payload())).contains(topics);
        ContentChange bank = ContentChange.bank("a1b2c3d4", 43);
        assertThat(ContentChange.parse(bank.payload())).contains(bank);
    }

    @Test
    void moreTopicsThanAPayloadHoldsBecomeEverything() {
        Set<String> slugs = IntStream.range(0, 2_000).mapToObj(i -> "topic-number-" + i).collect(Collectors.toSet());
        ContentChange change = ContentChange.topics("a1b2c3d4", 7, slugs);
        assertThat(change.kind()).isEqualTo(ContentChange.Kind.EVERYTHING);
        assertThat(change.payload().length()).isLessThan(ContentChange.MAX_PAYLOAD_BYTES);
        assertThat(ContentChange.parse(change.payload())).contains(change);
    }

    @Test
    void aSlugThatWouldBreakThePayloadBecomesEverything() {
        assertThat(ContentChange.topics("a1b2c3d4", 7, Set.of("a;b", "c")).kind()).isEqualTo(ContentChange.Kind.EVERYTHING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a1b2c3d4", "a1b2c3d4;x;TOPICS;", "a1b2c3d4;1;DELETE;", "a1b2c3d4;1;TOPICS;Bad Slug",
            ";1;BANK;", "a1b2c3d4;1;TOPICS;a;b"})
    void payloadsThisVersionDidNotWriteAreIgnored(String payload) {
        assertThat(ContentChange.parse(payload)).isEmpty();
    }
}
