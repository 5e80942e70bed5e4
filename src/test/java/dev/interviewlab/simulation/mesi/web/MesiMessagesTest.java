package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.mesi.engine.MesiPreset;
import dev.interviewlab.simulation.mesi.engine.MesiQuestion;
import dev.interviewlab.simulation.mesi.engine.MesiRule;
import dev.interviewlab.simulation.mesi.engine.MesiState;
import dev.interviewlab.simulation.mesi.engine.Operation;
import dev.interviewlab.simulation.mesi.engine.ProtocolBug;
import dev.interviewlab.simulation.mesi.engine.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The bilingual promise for the MESI simulation: every text exists in English and in Chinese. */
class MesiMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MesiMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(bundle("mesi_zh").stringPropertyNames()).isEqualTo(bundle("mesi").stringPropertyNames());
    }

    @Test
    void everythingTheEngineCanSayHasAText() throws IOException {
        List<String> keys = new ArrayList<>();
        for (MesiRule rule : MesiRule.values()) {
            keys.add("mesi.rule." + rule.name());
        }
        for (MesiPreset preset : MesiPreset.values()) {
            keys.add("mesi.preset." + preset.key() + ".name");
            keys.add("mesi.preset." + preset.key() + ".text");
        }
        for (ProtocolBug bug : ProtocolBug.values()) {
            keys.add("mesi.bug." + bug.key());
        }
        for (MesiState state : MesiState.values()) {
            keys.add("mesi.state." + state.letter());
        }
        for (Operation.Kind kind : Operation.Kind.values()) {
            keys.add("mesi.op." + kind.name());
        }
        for (Violation.Kind kind : Violation.Kind.values()) {
            keys.add("mesi.violation." + kind.name());
        }
        for (MesiQuestion.Kind kind : MesiQuestion.Kind.values()) {
            keys.add("mesi.quiz." + kind.name());
        }
        for (String field : MesiApiRequest.FIELDS) {
            if (!field.equals("preset") && !field.equals("checkSameLine") && !field.equals("sameLine")) {
                keys.add("mesi.field." + field);
            }
        }
        for (String bundle : List.of("mesi", "mesi_zh")) {
            assertThat(bundle(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mesi", "mesi_zh"})
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
