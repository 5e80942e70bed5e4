package dev.interviewlab.backup;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file restore cannot trust is refused with a message that says what is wrong, and the database
 * keeps every row it had, remember-me tokens included — also when the database itself refuses a row
 * halfway through (the one transaction rolls back).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DatabaseTest
class RestoreRefusesBadInputTest {

    @Autowired
    BackupWriter writer;

    @Autowired
    BackupRestorer restorer;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    Path backup;
    Map<String, List<Map<String, Object>>> before;
    long tokensBefore;

    @BeforeEach
    void backUpAndRemember() {
        String name = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, "Kept", LearnerData.PASSWORD, LearnerData.PASSWORD);
        jdbc.update("INSERT INTO persistent_logins VALUES (?, ?, 'token', ?)", name, name, Timestamp.from(Instant.now()));
        backup = writer.backup(folder.resolve("good.zip")).file();
        // the database moves on after the backup, so a restore that went through would show
        accounts.register(name + "-later", "Later", LearnerData.PASSWORD, LearnerData.PASSWORD);
        before = TableContents.of(jdbc);
        tokensBefore = jdbc.queryForObject("SELECT COUNT(*) FROM persistent_logins", Long.class);
    }

    private void refused(Path file, String message) {
        assertThatThrownBy(() -> restorer.restore(file)).isInstanceOf(BackupException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(TableContents.of(jdbc)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM persistent_logins", Long.class)).isEqualTo(tokensBefore);
    }

    @Test
    void aMissingFile() {
        refused(folder.resolve("nothing-here.zip"), "there is no file");
    }

    @Test
    void aFileThatIsNotAZip() throws IOException {
        refused(Files.writeString(folder.resolve("notes.zip"), "# not a backup\n"), "is not a ZIP file");
    }

    @Test
    void aZipWithoutAManifest() throws IOException {
        Path zip = folder.resolve("other.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes());
        }
        refused(zip, "has no manifest.json, so it is not an Interview Lab backup");
    }

    @Test
    void aTamperedRowFailsItsChecksum() throws IOException {
        Path tampered = BackupFiles.withTable(backup, folder.resolve("tampered.zip"), "account",
                rows -> rows.replace("\"LEARNER\"", "\"ADMIN\""), false);
        refused(tampered, "tables/account.jsonl does not match its SHA-256 in the manifest");
    }

    @Test
    void anUnknownFormatVersion() throws IOException {
        Path future = BackupFiles.withManifest(backup, folder.resolve("format2.zip"), m -> m.put("formatVersion", 2));
        refused(future, "the backup has format version 2; this version of Interview Lab reads format version 1 only");
    }

    @Test
    void aNewerSchemaVersion() throws IOException {
        Path newer = BackupFiles.withManifest(backup, folder.resolve("newer.zip"), m -> m.put("schemaVersion", "999"));
        refused(newer, "made at database schema version 999");
        refused(newer, "newer than this version's");
    }

    @Test
    void anOlderSchemaVersionSaysHowToBringItUpToDate() throws IOException {
        Path older = BackupFiles.withManifest(backup, folder.resolve("older.zip"), m -> m.put("schemaVersion", "1"));
        refused(older, "older than this version's");
    }

    @Test
    void aRowWithAMissingColumn() throws IOException {
        Path missing = BackupFiles.withTable(backup, folder.resolve("missing.zip"), "account",
                rows -> rows.replaceFirst("\"role\":\"[A-Z]+\",", ""), true);
        refused(missing, "tables/account.jsonl line 1 has no value for column \"role\"");
    }

    @Test
    void aValueOfTheWrongType() throws IOException {
        Path wrong = BackupFiles.withTable(backup, folder.resolve("wrong.zip"), "account",
                rows -> rows.replaceFirst("\"created_at\":\"[^\"]+\"", "\"created_at\":\"yesterday\""), true);
        refused(wrong, "tables/account.jsonl line 1: column \"created_at\" should be an ISO-8601 UTC time");
    }

    @Test
    void aRowTheDatabaseRefusesHalfwayRollsEverythingBack() throws IOException {
        // quiz_item comes after the deletes and five tables' inserts; its key column holds 120 characters
        Path tooLong = BackupFiles.withTable(backup, folder.resolve("long.zip"), "quiz_item",
                rows -> rows.replaceFirst("\"item_key\":\"", "\"item_key\":\"" + "x".repeat(130)), true);
        assertThat(before.get("quiz_item")).isNotEmpty();
        assertThatThrownBy(() -> restorer.restore(tooLong)).isInstanceOf(BackupException.class);
        assertThat(TableContents.of(jdbc)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM persistent_logins", Long.class)).isEqualTo(tokensBefore);
    }
}
