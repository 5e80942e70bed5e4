package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.EventKind;
import dev.interviewlab.simulation.gogc.engine.Invariant;
import dev.interviewlab.simulation.gogc.engine.Preset;
import dev.interviewlab.simulation.gogc.engine.ShadeCause;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both bundles have the same keys, and every key the engine's tables or the code name exists. */
class GoGcMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GoGcMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(load("gogc_zh.properties").stringPropertyNames()).isEqualTo(load("gogc.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheTablesAndTheCodeNameExists() throws IOException {
        Properties english = load("gogc.properties");
        List<String> keys = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            keys.add("gogc.event." + kind.key());
        }
        for (ShadeCause cause : ShadeCause.values()) {
            keys.add("gogc.shade." + cause.key());
        }
        for (Barrier barrier : Barrier.values()) {
            keys.add("gogc.barrier." + barrier.key());
            keys.add("gogc.barrier." + barrier.key() + ".rule");
        }
        for (Invariant invariant : Invariant.values()) {
            keys.add("gogc.invariant.promise." + invariant.key());
        }
        for (Preset preset : Preset.values()) {
            keys.add(preset.messageKey());
            keys.add(preset.messageKey() + ".desc");
        }
        Pattern quoted = Pattern.compile("\"(gogc\\.[a-zA-Z0-9.-]+[a-zA-Z0-9])\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/dev/interviewlab/simulation/gogc")),
                Files.walk(Path.of("src/main/resources/templates/simulation/gogc")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = quoted.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher t = Pattern.compile("#\\{(gogc\\.[a-zA-Z0-9.-]+)").matcher(Files.readString(file));
                while (t.find()) {
                    keys.add(t.group(1));
                }
            }
        }
        assertThat(keys).allSatisfy(key -> assertThat(english).containsKey(key));
    }
}
