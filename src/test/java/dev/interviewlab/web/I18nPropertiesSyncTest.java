package dev.interviewlab.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message bundle exists in English and Chinese with exactly the same keys and no empty text. */
class I18nPropertiesSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        List<Path> englishBundles;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            englishBundles = files.filter(path -> path.toString().endsWith(".properties"))
                    .filter(path -> !path.getFileName().toString().startsWith("application"))
                    .filter(path -> !path.getFileName().toString().contains("_"))
                    .toList();
        }
        assertThat(englishBundles).extracting(path -> path.getFileName().toString()).contains("messages.properties");
        for (Path english : englishBundles) {
            Path chinese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh.properties"));
            assertThat(chinese).as("Chinese bundle for %s", english).exists();
            Properties en = load(english);
            Properties zh = load(chinese);
            assertThat(keys(zh)).as("keys of %s", chinese).isEqualTo(keys(en));
            for (String key : keys(en)) {
                assertThat(en.getProperty(key)).as("%s in %s", key, english).isNotBlank();
                assertThat(zh.getProperty(key)).as("%s in %s", key, chinese).isNotBlank();
            }
        }
    }

    @Test
    void chineseMessagesAreActuallyChinese() throws IOException {
        Properties zh = load(RESOURCES.resolve("messages_zh.properties"));
        long withHan = zh.stringPropertyNames().stream()
                .filter(key -> zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHan).isGreaterThan(zh.size() * 8L / 10);
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
