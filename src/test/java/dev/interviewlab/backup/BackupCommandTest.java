package dev.interviewlab.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's own entry point ({@code InterviewLabApplication.main} hands {@code backup} and
 * {@code restore} to {@link BackupCommand}) end to end, in this process: the application starts
 * without the web server over an H2 file, does the job, prints a summary and answers 0; a bad file
 * or command line gets one line and a non-zero status. (H2 only: it manages its own database files.)
 */
class BackupCommandTest {

    @TempDir
    Path folder;

    record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BackupCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String h2(String name) {
        return "jdbc:h2:file:" + folder.resolve(name).resolve("interviewlab") + ";AUTO_SERVER=FALSE";
    }

    private static Map<String, List<Map<String, Object>>> contents(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            return TableContents.of(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
        }
    }

    @Test
    void aCommandLineWithoutItsFileIsExplainedWithoutStartingAnything() {
        Outcome backup = run("backup");
        assertThat(backup.status()).isEqualTo(BackupCommand.USAGE);
        assertThat(backup.err()).isEqualTo(BackupCommand.USAGE_TEXT + System.lineSeparator());
        assertThat(run("restore", "--server.port=8080").status()).isEqualTo(BackupCommand.USAGE);
        assertThat(run("restore", "a.zip", "b.zip").status()).isEqualTo(BackupCommand.USAGE);
    }

    @Test
    void backupAndRestoreStartANonWebApplicationDoTheJobAndExitZero() throws IOException, SQLException {
        String source = h2("source");
        try (ConfigurableApplicationContext site = LearnerData.boot(source)) {
            LearnerData.create(site);
        }
        Map<String, List<Map<String, Object>>> made = contents(source);
        Path file = folder.resolve("site.zip");

        Outcome backup = run("backup", file.toString(), "--spring.datasource.url=" + source);
        assertThat(backup.err()).isEmpty();
        assertThat(backup.status()).isZero();
        assertThat(backup.out()).contains("Backup written to " + file.toAbsolutePath(), "bytes)", "schema version",
                "account", "quiz_attempt", "review_log", "content_revision", BackupTables.BACKED_UP.size() + " tables");
        assertThat(file).isRegularFile();
        assertThat(backup.out()).contains(String.format("%,d bytes", Files.size(file)));

        String target = h2("target");
        Outcome restore = run("restore", file.toString(), "--spring.datasource.url=" + target);
        assertThat(restore.err()).isEmpty();
        assertThat(restore.status()).isZero();
        assertThat(restore.out()).contains("Restored " + file, "a backup of H2", "account", "Start the site again");
        assertThat(contents(target)).isEqualTo(made);

        Path notABackup = Files.writeString(folder.resolve("notes.zip"), "# notes\n");
        Outcome refused = run("restore", notABackup.toString(), "--spring.datasource.url=" + target);
        assertThat(refused.status()).isEqualTo(BackupCommand.FAILED);
        assertThat(refused.err()).isEqualTo("restore failed, the database was not changed: " + notABackup
                + " is not a ZIP file, so not an Interview Lab backup" + System.lineSeparator());
        assertThat(contents(target)).isEqualTo(made);

        Outcome again = run("backup", file.toString(), "--spring.datasource.url=" + source);
        assertThat(again.status()).isEqualTo(BackupCommand.FAILED);
        assertThat(again.err()).startsWith("backup failed, no file was written: " + file + " already exists");
    }
}
