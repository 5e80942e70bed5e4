package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.tcp.engine.AppNotice;
import dev.interviewlab.simulation.tcp.engine.CallReason;
import dev.interviewlab.simulation.tcp.engine.CloseMode;
import dev.interviewlab.simulation.tcp.engine.FirstCloser;
import dev.interviewlab.simulation.tcp.engine.LossCause;
import dev.interviewlab.simulation.tcp.engine.Opening;
import dev.interviewlab.simulation.tcp.engine.SettingChoice;
import dev.interviewlab.simulation.tcp.engine.TcpInput;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpQuestion;
import dev.interviewlab.simulation.tcp.engine.TcpRule;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TimerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The bilingual promise for the TCP simulation: every text exists in English and in Chinese. */
class TcpMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(TcpMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(bundle("tcp_zh").stringPropertyNames()).isEqualTo(bundle("tcp").stringPropertyNames());
    }

    @Test
    void everythingTheEngineCanSayHasAText() throws IOException {
        List<String> keys = new ArrayList<>();
        Arrays.stream(TcpRule.values()).forEach(rule -> keys.add("tcp.rule." + rule.name()));
        Arrays.stream(TcpInput.values()).forEach(input -> keys.add("tcp.input." + input.name()));
        Arrays.stream(TcpInput.values()).filter(input -> input.kind() == TcpInput.Kind.CALL || input.kind() == TcpInput.Kind.HOST)
                .forEach(input -> keys.add("tcp.call." + input.name()));
        Arrays.stream(CallReason.values()).forEach(reason -> keys.add("tcp.reason." + reason.name()));
        Arrays.stream(AppNotice.values()).filter(n -> n != AppNotice.NONE).forEach(n -> keys.add("tcp.notice." + n.name()));
        Arrays.stream(LossCause.values()).filter(l -> l != LossCause.NONE).forEach(l -> keys.add("tcp.loss." + l.name()));
        Arrays.stream(TcpRun.Stop.values()).filter(s -> s != TcpRun.Stop.COMPLETE).forEach(s -> keys.add("tcp.stop." + s.name()));
        Arrays.stream(TcpQuestion.Kind.values()).forEach(kind -> keys.add("tcp.quiz." + kind.name()));
        for (TcpPreset preset : TcpPreset.values()) {
            keys.add("tcp.preset." + preset.key() + ".name");
            keys.add("tcp.preset." + preset.key() + ".text");
        }
        for (String field : TcpSettingsForm.FIELDS) {
            keys.add("tcp.field." + field);
            keys.add("tcp.field." + field + ".help");
        }
        SettingChoice.keys(Opening.class).forEach(k -> keys.add("tcp.choice.opening." + k));
        SettingChoice.keys(FirstCloser.class).forEach(k -> keys.add("tcp.choice.firstCloser." + k));
        SettingChoice.keys(CloseMode.class).forEach(k -> keys.add("tcp.choice.closeMode." + k));
        SettingChoice.keys(TimerProfile.class).forEach(k -> keys.add("tcp.choice.profile." + k));
        for (String bundle : List.of("tcp", "tcp_zh")) {
            assertThat(bundle(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "tcp_zh"})
    void apostrophesAreEscapedExactlyWhereMessageFormatReadsThem(String name) throws IOException {
        Properties bundle = bundle(name);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            if (PLACEHOLDER.matcher(text).find()) {
                assertThat(text.replace("''", "")).as(key).doesNotContain("'");
            } else {
                assertThat(text).as(key + " has no arguments, so '' would show twice").doesNotContain("''");
            }
        }
    }
}
