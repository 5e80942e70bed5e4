package dev.interviewlab.topic.content;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.topic.content.ContentCodeBlocks.CodeBlock;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The mysql-indexes note's deferred join pages through {@code idx_user_status_created} in index order: its
 * inner query fixes every index column before {@code created_at}, so the plan needs no sort step (MySQL:
 * no "Using filesort"). H2 does not use an index for ORDER BY unless the index starts with the sort column,
 * so this runs on PostgreSQL, whose planner reads a B-tree in order after an equality prefix just as
 * InnoDB does: in CI's database pass ({@code INTERVIEWLAB_DB_URL} set to a PostgreSQL database); skipped
 * otherwise.
 */
@DatabaseTest
class DeferredJoinPostgresTest {

    @Test
    void theDeferredJoinsInnerQueryNeedsNoSort() throws SQLException {
        String url = Objects.requireNonNullElse(System.getenv("INTERVIEWLAB_DB_URL"), "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "INTERVIEWLAB_DB_URL is not a PostgreSQL database: plan not checked");
        for (String language : List.of("en", "zh")) {
            String pageQuery = innerQuery("topics/mysql-indexes.md (" + language + ")");
            try (Connection connection = DriverManager.getConnection(url,
                    Objects.requireNonNullElse(System.getenv("INTERVIEWLAB_DB_USER"), "postgres"),
                    Objects.requireNonNullElse(System.getenv("INTERVIEWLAB_DB_PASSWORD"), ""));
                 Statement statement = connection.createStatement()) {
                // the note's table in PostgreSQL's dialect; a temporary table leaves nothing behind
                statement.execute("""
                        CREATE TEMPORARY TABLE orders (
                          id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL, status SMALLINT NOT NULL,
                          created_at TIMESTAMP NOT NULL, amount NUMERIC(10,2) NOT NULL)""");
                statement.execute("CREATE INDEX idx_user_status_created ON orders (user_id, status, created_at)");
                statement.execute("SET enable_seqscan = off");   // an empty table: make the index the only way in
                statement.execute("SET enable_bitmapscan = off"); // a bitmap scan gives up index order

                assertThat(plan(statement, pageQuery)).contains("idx_user_status_created").doesNotContain("Sort");
                assertThat(plan(statement, pageQuery.replace(" AND status = 1", ""))).contains("Sort");
            }
        }
    }

    /** The note's inner query, with MySQL's {@code LIMIT offset, count} written as {@code LIMIT count OFFSET offset}. */
    private static String innerQuery(String source) {
        CodeBlock block = ContentCodeBlocks.builtIn().stream()
                .filter(b -> b.source().equals(source) && b.language().equals("sql") && b.code().contains("JOIN (SELECT id FROM orders"))
                .findFirst().orElseThrow(() -> new AssertionError(source + ": no deferred join"));
        Matcher inner = Pattern.compile("JOIN \\((SELECT id FROM orders .*?)\\) page", Pattern.DOTALL).matcher(block.code());
        assertThat(inner.find()).isTrue();
        return inner.group(1).replaceAll("\\s+", " ").replaceAll("LIMIT (\\d+), (\\d+)", "LIMIT $2 OFFSET $1");
    }

    private static String plan(Statement statement, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
            while (plan.next()) {
                lines.add(plan.getString(1));
            }
        }
        return String.join("\n", lines);
    }
}
