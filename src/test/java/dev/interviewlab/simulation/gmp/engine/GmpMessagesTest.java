package dev.interviewlab.simulation.gmp.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the engine can produce has an English and a Chinese message, and both bundles have the same keys. */
class GmpMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(GmpMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryKeyTheEngineUses() throws IOException {
        Properties en = bundle("gmp.properties");
        Properties zh = bundle("gmp_zh.properties");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (EventKind kind : EventKind.values()) {
            assertThat(en).containsKey(kind.messageKey());
        }
        for (Preset preset : Preset.values()) {
            assertThat(en).containsKey(preset.messageKey());
        }
        String parser = Files.readString(Path.of("src/main/java/dev/interviewlab/simulation/gmp/engine/WorkloadParser.java"));
        Matcher key = Pattern.compile("\"(gmp\\.script\\.[A-Za-z]+)\"").matcher(parser);
        int found = 0;
        while (key.find()) {
            assertThat(en).containsKey(key.group(1));
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(8);
    }
}
