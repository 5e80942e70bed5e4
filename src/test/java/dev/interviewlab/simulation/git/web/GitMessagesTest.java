package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.git.engine.CommandKind;
import dev.interviewlab.simulation.git.engine.CommitOrigin;
import dev.interviewlab.simulation.git.engine.EventKind;
import dev.interviewlab.simulation.git.engine.PathRule;
import dev.interviewlab.simulation.git.engine.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

/** The bilingual promise: both bundles have the same keys, and every key the engine's tables or code name exists. */
class GitMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GitMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(load("git_zh.properties").stringPropertyNames()).isEqualTo(load("git.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"git.properties", "git_zh.properties"})
    void everyRuleCommandEventPresetAndOriginIsExplained(String bundle) throws IOException {
        Properties messages = load(bundle);
        List<String> keys = new ArrayList<>();
        Stream.of(CommandKind.values()).forEach(kind -> keys.add(kind.messageKey()));
        Stream.of(EventKind.values()).forEach(kind -> keys.add(kind.messageKey()));
        Stream.of(PathRule.values()).forEach(rule -> keys.add(rule.messageKey()));
        Stream.of(Preset.values()).forEach(preset -> {
            keys.add(preset.messageKey());
            keys.add(preset.messageKey() + ".desc");
        });
        Stream.of(CommitOrigin.values()).forEach(origin -> keys.add("git.origin." + origin.name()));
        assertThat(messages.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyMessageKeyNamedInTheSourcesExists() throws IOException {
        Properties messages = load("git.properties");
        Pattern key = Pattern.compile("\"(git\\.(?:error|quiz|compare|files|form|result|graph|export)\\.[A-Za-z.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/interviewlab/simulation/git"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    String name = matcher.group(1);
                    if (!name.endsWith(".") && !messages.containsKey(name)) {
                        missing.add(name + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
