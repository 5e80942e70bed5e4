package dev.interviewlab.search;

import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.web.BadInputException;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizItemSearchIndexTest {

    private static final LocalizedText TCP = new LocalizedText("TCP states", "TCP 状态");

    private final QuizItemSearchIndex index = new QuizItemSearchIndex();

    @BeforeEach
    void bank() {
        index.rebuild(List.of(
                new IndexedItem("tcp-time-wait-side", "tcp", TCP,
                        new LocalizedText("Which side of a connection enters TIME_WAIT?", "连接的哪一方进入 TIME_WAIT 状态？"),
                        List.of(new LocalizedText("The side that closes first", "先关闭的一方"),
                                new LocalizedText("The side that closes last", "后关闭的一方"))),
                new IndexedItem("tcp-handshake-order", "tcp", TCP,
                        new LocalizedText("Put the handshake segments in order.", "把握手报文段排好顺序。"),
                        List.of(new LocalizedText("SYN", "SYN"), new LocalizedText("SYN-ACK", "SYN-ACK"),
                                new LocalizedText("ACK", "ACK")))));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void findsPromptsInBothLanguagesAndHighlightsThem() {
        ItemSearchResults english = index.search("time_wait side", Language.EN, 5);
        assertThat(english.total()).isEqualTo(1);
        assertThat(english.hits().get(0).key()).isEqualTo("tcp-time-wait-side");
        assertThat(english.hits().get(0).topicTitle()).isEqualTo("TCP states");
        assertThat(english.hits().get(0).snippet()).contains("<mark>");

        ItemSearchResults chinese = index.search("哪一方", Language.ZH, 5);
        assertThat(chinese.hits()).extracting(ItemHit::key).containsExactly("tcp-time-wait-side");
        assertThat(chinese.hits().get(0).topicTitle()).isEqualTo("TCP 状态");
        // a Chinese word found by an English reader: the snippet comes from the Chinese prompt
        assertThat(index.search("哪一方", Language.EN, 5).hits().get(0).snippet()).contains("<mark>");
    }

    @Test
    void findsOptionsButNeverKeepsAnOrderingItemsAnswerOrder() {
        ItemSearchResults found = index.search("syn-ack", Language.EN, 5);
        assertThat(found.hits()).extracting(ItemHit::key).containsExactly("tcp-handshake-order");
        // the options as a snippet are sorted, not in the file's (the answer's) order SYN, SYN-ACK, ACK
        ItemSearchResults byOption = index.search("ACK", Language.EN, 5);
        assertThat(byOption.hits().get(0).snippet()).startsWith("<mark>ACK</mark>");
    }

    @Test
    void escapesTheTextOfHits() {
        index.rebuild(List.of(new IndexedItem("html", "tcp", TCP, new LocalizedText("Is <script> a tag?", "<script> 是标签吗？"),
                List.of())));
        assertThat(index.search("script", Language.EN, 5).hits().get(0).snippet()).doesNotContain("<script>")
                .contains("&lt;");
    }

    @Test
    void aRebuildDropsItemsNoLongerPassedIn() {
        index.rebuild(List.of());
        assertThat(index.search("TIME_WAIT", Language.EN, 5).total()).isZero();
    }

    @Test
    void limitsTheHitsButCountsAllMatches() {
        ItemSearchResults one = index.search("tcp | handshake | side", Language.EN, 1);
        assertThat(one.hits()).hasSize(1);
        assertThat(one.total()).isEqualTo(2);
    }

    @Test
    void badQueries() {
        assertThat(index.search("   ", Language.EN, 5).total()).isZero();
        assertThat(index.search(null, Language.EN, 5).total()).isZero();
        assertThat(index.search("-", Language.EN, 5).total()).isZero();
        assertThatThrownBy(() -> index.search("x".repeat(201), Language.EN, 5)).isInstanceOf(BadInputException.class);
    }
}
