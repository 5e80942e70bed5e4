package dev.interviewlab.backup;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Copies of a backup with one thing changed, for the tests of what restore refuses. */
final class BackupFiles {

    private BackupFiles() {
    }

    /** A copy whose manifest {@code edit} changed. */
    static Path withManifest(Path backup, Path copy, Consumer<ObjectNode> edit) throws IOException {
        Map<String, byte[]> entries = read(backup);
        ObjectNode manifest = (ObjectNode) BackupDatabase.JSON.readTree(entries.get(Manifest.ENTRY));
        edit.accept(manifest);
        entries.put(Manifest.ENTRY, BackupDatabase.JSON.writeValueAsBytes(manifest));
        return write(copy, entries);
    }

    /**
     * A copy in which {@code edit} rewrote a table's JSON Lines; with {@code fixManifest} the manifest's
     * checksum and row count follow the change, so only the change itself is wrong.
     */
    static Path withTable(Path backup, Path copy, String table, UnaryOperator<String> edit, boolean fixManifest) throws IOException {
        Map<String, byte[]> entries = read(backup);
        String file = Manifest.TableEntry.fileOf(table);
        String text = edit.apply(new String(entries.get(file), StandardCharsets.UTF_8));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        entries.put(file, bytes);
        Path written = write(copy, entries);
        if (!fixManifest) {
            return written;
        }
        return withManifest(written, copy, manifest -> {
            for (JsonNode entry : manifest.get("tables")) {
                if (entry.get("name").stringValue().equals(table)) {
                    ((ObjectNode) entry).put("sha256", sha256(bytes));
                    ((ObjectNode) entry).put("rows", text.lines().count());
                }
            }
        });
    }

    private static Map<String, byte[]> read(Path backup) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    private static Path write(Path copy, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return copy;
    }

    private static String sha256(byte[] bytes) {
        MessageDigest digest = BackupWriter.sha256();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }
}
