package dev.interviewlab.backup;

import dev.interviewlab.InterviewLabApplication;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the backed-up tables to a ZIP file (docs/backup-format.md) from one consistent snapshot of
 * the database. The same data gives the same bytes: columns by name, rows by primary key, fixed entry
 * times; only the manifest's {@code createdAt} differs between two backups.
 */
@Service
public class BackupWriter {

    /** ZIP entry times are fixed (the DOS epoch), so they never make two backups of the same data differ. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    public record TableCount(String table, long rows) {
    }

    public record Summary(Path file, long bytes, String schemaVersion, String sourceDatabase, List<TableCount> tables) {
    }

    private final BackupDatabase database;
    private final Clock clock;

    BackupWriter(BackupDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Writes a backup to {@code file}, which must not exist yet; a failed backup leaves no file behind. */
    public Summary backup(Path file) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new BackupException(file + " already exists; name a new file (a backup never overwrites one)");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BackupException("the folder " + target.getParent() + " does not exist");
        }
        String schemaVersion = database.schemaVersion();
        Path partial;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        } catch (IOException e) {
            throw new BackupException("cannot write in " + target.getParent() + ": " + e.getMessage(), e);
        }
        try {
            Manifest manifest = database.inTransaction(true, (connection, schema) -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                    return write(connection, schema, schemaVersion, zip);
                }
            });
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(target, Files.size(target), schemaVersion, manifest.sourceDatabase(),
                    manifest.tables().stream().map(t -> new TableCount(t.name(), t.rows())).toList());
        } catch (IOException | UncheckedIOException e) {
            throw new BackupException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover hidden .partial file is all that remains
            }
        }
    }

    private Manifest write(Connection connection, LiveSchema schema, String schemaVersion, ZipOutputStream zip)
            throws SQLException, IOException {
        List<Manifest.TableEntry> entries = new ArrayList<>();
        for (String name : BackupTables.BACKED_UP) {
            LiveSchema.Table table = schema.table(name);
            String file = Manifest.TableEntry.fileOf(name);
            zip.putNextEntry(entry(file));
            MessageDigest sha256 = sha256();
            long rows = writeRows(connection, schema, table, new BufferedOutputStream(new DigestOutputStream(zip, sha256), 1 << 16));
            zip.closeEntry();
            entries.add(new Manifest.TableEntry(name, file,
                    table.columns().stream().map(c -> new Manifest.ColumnEntry(c.name(), c.portableType(name).label())).toList(),
                    rows, HexFormat.of().formatHex(sha256.digest())));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, applicationVersion(), schemaVersion, clock.instant(),
                schema.product(), List.copyOf(entries));
        zip.putNextEntry(entry(Manifest.ENTRY));
        zip.write(manifest.toJson(BackupDatabase.JSON));
        zip.closeEntry();
        return manifest;
    }

    private static long writeRows(Connection connection, LiveSchema schema, LiveSchema.Table table, OutputStream out)
            throws SQLException, IOException {
        if (table.primaryKey().isEmpty()) {
            throw new BackupException("table " + table.name() + " has no primary key to order its rows by");
        }
        String columns = table.columns().stream().map(LiveSchema.Column::name).collect(Collectors.joining(", "));
        String order = table.primaryKey().stream().map(key -> schema.dialect().orderBy(table.column(key)))
                .collect(Collectors.joining(", "));
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + columns + " FROM " + table.name() + " ORDER BY " + order)) {
            select.setFetchSize(200);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ObjectNode row = BackupDatabase.JSON.createObjectNode();
                    for (int i = 0; i < table.columns().size(); i++) {
                        LiveSchema.Column column = table.columns().get(i);
                        column.portableType(table.name()).read(result, i + 1, row, column.name());
                    }
                    out.write(BackupDatabase.JSON.writeValueAsBytes(row));
                    out.write('\n');
                    rows++;
                }
            }
        }
        out.flush();
        return rows;
    }

    static String applicationVersion() {
        return Objects.requireNonNullElse(InterviewLabApplication.class.getPackage().getImplementationVersion(), "development");
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
