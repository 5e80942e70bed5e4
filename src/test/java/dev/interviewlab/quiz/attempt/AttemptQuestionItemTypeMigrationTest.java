package dev.interviewlab.quiz.attempt;

import dev.interviewlab.DatabaseTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V12 on a database that already has attempts: every question gets its item's type, and the column is then
 * required. Runs the migrations into a schema of its own (H2 and PostgreSQL alike), stopped at V11 to put
 * the rows in, then V12.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// Flyway and the statements commit on their own connections; no test transaction around them
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DatabaseTest
class AttemptQuestionItemTypeMigrationTest {

    @Autowired
    DataSource dataSource;

    private final String schema = "v12_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropSchema() {
        new JdbcTemplate(dataSource).execute("DROP SCHEMA \"" + schema + "\" CASCADE");
    }

    private Flyway migrationsUpTo(String version) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(version).load();
    }

    @Test
    void questionsDrawnBeforeV12GetTheirItemsTypeAndTheColumnIsRequired() {
        migrationsUpTo("11").migrate();
        JdbcTemplate sql = inSchema();
        long single = item(sql, "single-item", "SINGLE");
        long ordering = item(sql, "ordering-item", "ORDERING");
        sql.update("""
                INSERT INTO quiz_attempt (public_id, owner_type, owner_key, category_slugs, topic_slugs, question_count,
                    sequential, status, started_at, current_position) VALUES (?, 'BROWSER', 'learner', 'c', '', 2, FALSE,
                    'OPEN', CURRENT_TIMESTAMP, 1)""", UUID.randomUUID().toString());
        long attempt = sql.queryForObject("SELECT MAX(id) FROM quiz_attempt", Long.class);
        sql.update("""
                INSERT INTO quiz_attempt_question (attempt_id, position, item_id, topic_slug, category_slug, option_order,
                    response) VALUES (?, 1, ?, 't', 'c', 'b,a', 'b'), (?, 2, ?, 't', 'c', 'a,b', NULL)""",
                attempt, single, attempt, ordering);

        migrationsUpTo("12").migrate();

        List<Map<String, Object>> rows = inSchema().queryForList(
                "SELECT position, item_type FROM quiz_attempt_question ORDER BY position");
        assertThat(rows).extracting(row -> row.get("item_type")).containsExactly("SINGLE", "ORDERING");
        assertThatThrownBy(() -> inSchema().update("""
                INSERT INTO quiz_attempt_question (attempt_id, position, item_id, topic_slug, category_slug, option_order)
                VALUES (?, 3, ?, 't', 'c', '')""", attempt, single))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static long item(JdbcTemplate sql, String key, String type) {
        sql.update("""
                INSERT INTO quiz_item (item_key, topic_slug, item_type, difficulty, prompt_en, prompt_zh, explanation_en,
                    explanation_zh, updated_at) VALUES (?, 't', ?, 'BEGINNER', 'p', 'p', 'e', 'e', CURRENT_TIMESTAMP)""",
                key, type);
        return sql.queryForObject("SELECT id FROM quiz_item WHERE item_key = ?", Long.class, key);
    }

    /** Statements against the test's own schema: a data source whose connections start in it. */
    private JdbcTemplate inSchema() {
        return new JdbcTemplate(new org.springframework.jdbc.datasource.DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection connection = super.getConnection();
                connection.setSchema(schema);
                return connection;
            }
        });
    }
}
