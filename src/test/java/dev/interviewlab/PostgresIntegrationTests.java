package dev.interviewlab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs only in CI's PostgreSQL pass (SPRING_PROFILES_ACTIVE=postgres, see .ci/run), and proves that
 * pass really talks to PostgreSQL and that the shared migrations built the schema there.
 */
@SpringBootTest
@DatabaseTest
@EnabledIfEnvironmentVariable(named = "SPRING_PROFILES_ACTIVE", matches = ".*postgres.*")
class PostgresIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseIsPostgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void flywayAppliedEveryMigrationSuccessfully() {
        Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Integer.class);
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success = true", Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void builtInContentWasLoadedWithChineseTextIntact() {
        String title = jdbc.queryForObject("select title_zh from topic where slug = 'go-garbage-collector'", String.class);
        assertThat(title).containsPattern("\\p{IsHan}");
    }
}
