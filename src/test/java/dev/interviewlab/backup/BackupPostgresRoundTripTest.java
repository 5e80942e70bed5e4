package dev.interviewlab.backup;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 → PostgreSQL: a backup of an H2 database made here restores into PostgreSQL row for row, a
 * backup taken there has the same table files byte for byte, and new rows get fresh ids. Runs only
 * in CI's PostgreSQL pass (SPRING_PROFILES_ACTIVE=postgres with INTERVIEWLAB_DB_URL, see .ci/run);
 * it restores into a database of its own next to the configured one, so the other tests' data stays.
 */
@DatabaseTest
@EnabledIfEnvironmentVariable(named = "SPRING_PROFILES_ACTIVE", matches = ".*postgres.*")
class BackupPostgresRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void whatWasMadeOnH2ComesBackRowForRowOnPostgresql() throws IOException, SQLException {
        Path fromH2 = folder.resolve("from-h2.zip");
        Map<String, List<Map<String, Object>>> made;
        try (ConfigurableApplicationContext h2 = LearnerData.boot("jdbc:h2:mem:backup-source-" + UUID.randomUUID())) {
            LearnerData.create(h2);
            made = TableContents.of(h2.getBean(JdbcTemplate.class));
            h2.getBean(BackupWriter.class).backup(fromH2);
        }

        String configured = Objects.requireNonNull(System.getenv("INTERVIEWLAB_DB_URL"), "INTERVIEWLAB_DB_URL");
        String database = "backup_roundtrip_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(configured, "CREATE DATABASE " + database);
        try (ConfigurableApplicationContext postgres = LearnerData.boot(withDatabase(configured, database))) {
            JdbcTemplate jdbc = postgres.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");

            postgres.getBean(BackupRestorer.class).restore(fromH2);
            assertThat(TableContents.of(jdbc)).isEqualTo(made);

            Path fromPostgres = postgres.getBean(BackupWriter.class).backup(folder.resolve("from-postgres.zip")).file();
            Map<String, String> h2Entries = BackupRoundTripTest.entries(fromH2);
            Map<String, String> postgresEntries = BackupRoundTripTest.entries(fromPostgres);
            h2Entries.keySet().stream().filter(name -> !name.equals(Manifest.ENTRY))
                    .forEach(name -> assertThat(postgresEntries.get(name)).as(name).isEqualTo(h2Entries.get(name)));

            long maxAccount = jdbc.queryForObject("SELECT MAX(id) FROM account", Long.class);
            Account newcomer = postgres.getBean(AccountService.class)
                    .register("newcomer", "New", LearnerData.PASSWORD, LearnerData.PASSWORD);
            assertThat(newcomer.getId()).isGreaterThan(maxAccount);
        } finally {
            admin(configured, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url,
                Objects.requireNonNullElse(System.getenv("INTERVIEWLAB_DB_USER"), "postgres"),
                Objects.requireNonNullElse(System.getenv("INTERVIEWLAB_DB_PASSWORD"), ""));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
