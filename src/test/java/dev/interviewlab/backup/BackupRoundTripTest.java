package dev.interviewlab.backup;

import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 → H2: what learners and editors made survives a backup and a restore into another database row
 * for row, the site goes on normally afterwards (new ids, the built-in content loader at the next
 * start), and two backups of the same data are the same bytes. (H2 only: it manages its own database
 * files; {@code BackupPostgresRoundTripTest} restores into PostgreSQL.)
 */
class BackupRoundTripTest {

    @TempDir
    Path folder;

    private String h2(String name) {
        return "jdbc:h2:file:" + folder.resolve(name).resolve("interviewlab") + ";AUTO_SERVER=FALSE";
    }

    @Test
    void everyBackedUpTableComesBackRowForRowAndTheSiteGoesOnAfterwards() throws IOException {
        Path backup = folder.resolve("site.zip");
        Map<String, List<Map<String, Object>>> source;
        try (ConfigurableApplicationContext first = LearnerData.boot(h2("source"))) {
            LearnerData.create(first);
            source = TableContents.of(first.getBean(JdbcTemplate.class));
            first.getBean(BackupWriter.class).backup(backup);
        }
        assertThat(source).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());

        long restoredMaxAccount;
        try (ConfigurableApplicationContext target = LearnerData.boot(h2("target"))) {
            // the target has data of its own: an account whose id a restored one takes, a remember-me token
            AccountService accounts = target.getBean(AccountService.class);
            accounts.register("someone-else", "Someone", LearnerData.PASSWORD, LearnerData.PASSWORD);
            JdbcTemplate jdbc = target.getBean(JdbcTemplate.class);
            jdbc.update("INSERT INTO persistent_logins VALUES ('someone-else', 'series-of-the-target', 'token', CURRENT_TIMESTAMP)");

            BackupRestorer.Summary summary = target.getBean(BackupRestorer.class).restore(backup);

            assertThat(TableContents.of(jdbc)).isEqualTo(source);
            assertThat(summary.tables()).extracting(BackupWriter.TableCount::rows)
                    .containsExactlyElementsOf(source.values().stream().map(rows -> (long) rows.size()).toList());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM persistent_logins", Long.class)).isZero();
            restoredMaxAccount = jdbc.queryForObject("SELECT MAX(id) FROM account", Long.class);
        }

        // the next start runs the built-in content loaders over the restored content: nothing doubles or changes
        try (ConfigurableApplicationContext restarted = LearnerData.boot(h2("target"))) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            assertThat(TableContents.of(jdbc)).isEqualTo(source);

            Account newcomer = restarted.getBean(AccountService.class)
                    .register("newcomer", "New", LearnerData.PASSWORD, LearnerData.PASSWORD);
            assertThat(newcomer.getId()).isGreaterThan(restoredMaxAccount);
            // and every other table with generated ids takes new rows too
            for (String table : List.of("category", "topic", "quiz_item", "quiz_attempt", "quiz_attempt_question",
                    "review_card", "review_log", "review_preferences", "content_revision", "bookmark", "topic_read")) {
                Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
                assertThat(nextGeneratedId(jdbc, table)).as(table).isGreaterThan(max);
            }
        }
    }

    /** What the table's identity column would generate next (H2), read without inserting. */
    private static long nextGeneratedId(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = ? AND COLUMN_NAME = 'ID'", Long.class, table.toUpperCase());
    }

    @Test
    void twoBackupsOfTheSameDataAreTheSameBytesAndDifferOnlyInCreatedAtLater() throws IOException {
        try (ConfigurableApplicationContext context = LearnerData.boot(h2("same"))) {
            LearnerData.create(context);
            BackupWriter writer = context.getBean(BackupWriter.class);
            Path one = writer.backup(folder.resolve("one.zip")).file();
            Path two = writer.backup(folder.resolve("two.zip")).file();
            assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));

            context.getBean(MutableClock.class).advance(Duration.ofHours(1));
            Path later = writer.backup(folder.resolve("later.zip")).file();
            Map<String, String> first = entries(one);
            Map<String, String> third = entries(later);
            assertThat(third.keySet()).isEqualTo(first.keySet());
            first.forEach((name, text) -> {
                if (name.equals("manifest.json")) {
                    assertThat(third.get(name)).isNotEqualTo(text);
                    assertThat(withoutCreatedAt(third.get(name))).isEqualTo(withoutCreatedAt(text));
                } else {
                    assertThat(third.get(name)).as(name).isEqualTo(text);
                }
            });
        }
    }

    static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                entries.put(entry.getName(), new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static String withoutCreatedAt(String manifest) {
        return manifest.replaceAll("\"createdAt\" : \"[^\"]+\"", "\"createdAt\" : \"\"");
    }
}
