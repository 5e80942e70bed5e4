package dev.interviewlab.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EscapedMessagesTest {

    private final StaticMessageSource source = new StaticMessageSource();
    private final EscapedMessages messages = new EscapedMessages(source);

    EscapedMessagesTest() {
        source.addMessage("plain", Locale.ENGLISH, "Tom's <b>\"notes\"</b> & more");
        source.addMessage("plain", Locale.CHINESE, "汤姆的笔记");
        source.addMessage("count", Locale.ENGLISH, "{0} of {1} <done>");
        source.addMessage("quote", Locale.ENGLISH, "it''s {0}");
        source.addMessage("literal", Locale.ENGLISH, "it''s literal");
    }

    @Test
    void aMessageIsEscapedAsThymeleafEscapesItAndKeptPerLanguage() {
        assertThat(messages.get("plain", Locale.ENGLISH)).isEqualTo("Tom&#39;s &lt;b&gt;&quot;notes&quot;&lt;/b&gt; &amp; more");
        assertThat(messages.get("plain", Locale.CHINESE)).isEqualTo("汤姆的笔记");
        // the same again from what was kept, for each language
        assertThat(messages.get("plain", Locale.ENGLISH)).isEqualTo("Tom&#39;s &lt;b&gt;&quot;notes&quot;&lt;/b&gt; &amp; more");
        assertThat(messages.get("plain", Locale.CHINESE)).isEqualTo("汤姆的笔记");
    }

    @Test
    void withoutArgumentsNoMessageFormatPassAsSpringDoes() {
        assertThat(messages.get("literal", Locale.ENGLISH)).isEqualTo("it&#39;&#39;s literal");
        assertThat(messages.get("quote", Locale.ENGLISH, 3)).isEqualTo("it&#39;s 3");
    }

    @Test
    void keptFormattedMessagesAreTheOnesTheirArgumentsGive() {
        for (int round = 0; round < 2; round++) {
            assertThat(messages.get("count", Locale.ENGLISH, 3, 10)).isEqualTo("3 of 10 &lt;done&gt;");
            assertThat(messages.get("count", Locale.ENGLISH, 4, 10)).isEqualTo("4 of 10 &lt;done&gt;");
            assertThat(messages.get("count", Locale.ENGLISH, 3L, 10)).isEqualTo("3 of 10 &lt;done&gt;");
            assertThat(messages.get("count", Locale.ENGLISH, 12345, 10)).isEqualTo("12,345 of 10 &lt;done&gt;");
            assertThat(messages.get("count", Locale.ENGLISH, "<x>", 10)).isEqualTo("&lt;x&gt; of 10 &lt;done&gt;");
            assertThat(messages.get("count", Locale.ENGLISH, "<y>", 10)).isEqualTo("&lt;y&gt; of 10 &lt;done&gt;");
            String longer = "a text longer than what is kept, " + round;
            assertThat(messages.get("count", Locale.ENGLISH, longer, 10)).isEqualTo(longer + " of 10 &lt;done&gt;");
        }
    }

    @Test
    void manyLanguagesAreServedWithoutKeepingThemAll() {
        for (int i = 0; i < 100; i++) {
            Locale locale = Locale.forLanguageTag("x-l" + i);
            source.addMessage("plain", locale, "language " + i);
            assertThat(messages.get("plain", locale)).isEqualTo("language " + i);
        }
        assertThat(messages.get("plain", Locale.ENGLISH)).startsWith("Tom&#39;s");
    }
}
