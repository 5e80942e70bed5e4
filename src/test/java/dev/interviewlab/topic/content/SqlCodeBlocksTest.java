package dev.interviewlab.topic.content;

import dev.interviewlab.topic.content.ContentCodeBlocks.CodeBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SQL code block of the notes and quiz items runs on H2 in MySQL mode, unless its fence marks it
 * {@code mysql-only} or {@code fragment} (see db/content/README.md). The blocks of one text run in order on
 * one fresh database, so a later block may use the table an earlier one created.
 */
class SqlCodeBlocksTest {

    private static final Pattern ALLOWED_WORD = Pattern.compile("mysql-only|fragment");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static List<CodeBlock> sqlBlocks;

    @BeforeAll
    static void readBlocks() {
        sqlBlocks = ContentCodeBlocks.builtIn().stream().filter(block -> block.language().equals("sql")).toList();
    }

    @Test
    void sqlFencesUseOnlyTheDocumentedWords() {
        assertThat(sqlBlocks).isNotEmpty();
        assertThat(sqlBlocks).allSatisfy(block -> assertThat(block.words())
                .as("%s: words after ```sql", block.source()).allMatch(word -> ALLOWED_WORD.matcher(word).matches()));
    }

    @Test
    void everyPortableSqlBlockRunsOnH2() throws SQLException {
        Map<String, List<CodeBlock>> bySource = new LinkedHashMap<>();
        for (CodeBlock block : sqlBlocks) {
            if (!block.has("mysql-only") && !block.has("fragment")) {
                bySource.computeIfAbsent(block.source(), source -> new ArrayList<>()).add(block);
            }
        }
        List<String> failures = new ArrayList<>();
        int statements = 0;
        for (Map.Entry<String, List<CodeBlock>> source : bySource.entrySet()) {
            try (Connection connection = freshDatabase(); Statement statement = connection.createStatement()) {
                for (CodeBlock block : source.getValue()) {
                    for (String sql : statements(block.code())) {
                        statements++;
                        try {
                            statement.execute(sql);
                        } catch (SQLException e) {
                            failures.add(source.getKey() + ": " + sql + "\n  " + e.getMessage().lines().findFirst().orElse(""));
                        }
                    }
                }
            }
        }
        assertThat(statements).isGreaterThan(10);
        assertThat(failures).as("SQL statements that H2 (MySQL mode) refused").isEmpty();
    }

    private static Connection freshDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:sql-blocks-" + DATABASES.incrementAndGet() + ";MODE=MySQL", "sa", "");
    }

    /** The statements of a block: {@code --} comments dropped, split at semicolons that end a line. */
    static List<String> statements(String code) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : code.split("\n")) {
            String sql = line.replaceFirst("\\s*--.*$", "");
            if (sql.isBlank()) {
                continue;
            }
            current.append(sql).append('\n');
            if (sql.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
