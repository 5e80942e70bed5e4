package dev.interviewlab.backup;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table the migrations create is either backed up or left out on purpose (a new migration's
 * table fails here until it is put in one of the lists), the insert order puts parents before
 * children, and every backed-up column has a portable type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DatabaseTest
class BackupTablesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableOfTheLiveSchemaIsBackedUpOrExcludedWithAReason() throws SQLException {
        Set<String> classified = new HashSet<>(BackupTables.BACKED_UP);
        BackupTables.EXCLUDED.forEach(excluded -> classified.add(excluded.name()));
        try (Connection connection = dataSource.getConnection()) {
            Set<String> live = LiveSchema.read(connection).tableNames();
            assertThat(live).as("tables in neither BackupTables.BACKED_UP nor BackupTables.EXCLUDED")
                    .allMatch(classified::contains);
            assertThat(live).containsAll(BackupTables.BACKED_UP);
        }
        assertThat(BackupTables.BACKED_UP).doesNotHaveDuplicates().noneMatch(BackupTables::isExcluded);
        assertThat(BackupTables.EXCLUDED).allSatisfy(excluded -> assertThat(excluded.reason()).isNotBlank());
    }

    @Test
    void theInsertOrderPutsEveryReferencedTableBeforeTheTablesReferringToIt() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : BackupTables.BACKED_UP) {
                String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
                try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), stored)) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        int at = BackupTables.BACKED_UP.indexOf(parent);
                        if (at < 0 || at >= BackupTables.BACKED_UP.indexOf(table)) {
                            problems.add(table + " refers to " + parent);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBackedUpTableHasAPrimaryKeyAndPortableColumns() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            LiveSchema schema = LiveSchema.read(connection);
            for (String name : BackupTables.BACKED_UP) {
                LiveSchema.Table table = schema.table(name);
                assertThat(table.primaryKey()).as(name).isNotEmpty();
                assertThat(table.columns()).as(name).allSatisfy(column -> assertThat(column.type()).as(column.name()).isPresent());
            }
        }
    }
}
