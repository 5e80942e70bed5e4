package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.AnomalyCause;
import dev.interviewlab.simulation.cache.engine.Distribution;
import dev.interviewlab.simulation.cache.engine.EventKind;
import dev.interviewlab.simulation.cache.engine.EvictionPolicy;
import dev.interviewlab.simulation.cache.engine.FailureMode;
import dev.interviewlab.simulation.cache.engine.Mitigation;
import dev.interviewlab.simulation.cache.engine.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bilingual promise for the cache simulation: both bundles have the same keys, and every rule has its text. */
class CacheMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(CacheMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("cache_zh.properties").stringPropertyNames()).isEqualTo(load("cache.properties").stringPropertyNames());
    }

    @Test
    void everyRuleOfTheEngineHasItsText() throws IOException {
        Properties english = load("cache.properties");
        List<String> keys = new ArrayList<>();
        Arrays.stream(Strategy.values()).forEach(s -> keys.addAll(List.of(s.messageKey(), s.messageKey() + ".help")));
        Arrays.stream(EvictionPolicy.values()).forEach(p -> keys.add(p.messageKey()));
        Arrays.stream(Distribution.values()).forEach(d -> keys.add(d.messageKey()));
        Arrays.stream(FailureMode.values()).forEach(f -> keys.add(f.messageKey()));
        Arrays.stream(Mitigation.values()).forEach(m -> keys.add(m.messageKey()));
        Arrays.stream(EventKind.values()).forEach(e -> keys.addAll(List.of(e.messageKey(), e.messageKey() + ".short")));
        Arrays.stream(AnomalyCause.values()).forEach(c -> keys.addAll(List.of(c.messageKey(), c.messageKey() + ".short")));
        Stream.of("required", "range", "unknown", "tooMany", "duplicate", "mismatch", "tooLong", "blank", "flushNever")
                .forEach(code -> keys.add("cache.error." + code));

        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cache.properties", "cache_zh.properties"})
    void everyMessageIsAValidMessageFormat(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (text.contains("{")) {
                assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[]{1, 2, 3, 4, 5, 6})).as(key).isNotBlank();
                assertThat(text).as(key + ": an apostrophe in a message with arguments must be doubled").doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }
}
