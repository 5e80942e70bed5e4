package dev.interviewlab.backup;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code manifest.json}: what a backup holds and where it came from (docs/backup-format.md).
 *
 * @param formatVersion       {@link #FORMAT_VERSION} when written; restore knows no other
 * @param applicationVersion  the Interview Lab version that wrote it
 * @param schemaVersion       the source database's Flyway schema version
 * @param createdAt           when the backup was taken
 * @param sourceDatabase      the source database's product and version
 * @param tables              the tables in insert order
 */
record Manifest(int formatVersion, String applicationVersion, String schemaVersion, Instant createdAt,
                String sourceDatabase, List<TableEntry> tables) {

    static final String FORMAT = "interview-lab-backup";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    record ColumnEntry(String name, String type) {
    }

    /** One table: its data file (JSON Lines), its columns by name, its row count and the file's SHA-256 (hex). */
    record TableEntry(String name, String file, List<ColumnEntry> columns, long rows, String sha256) {

        static String fileOf(String table) {
            return "tables/" + table + ".jsonl";
        }
    }

    byte[] toJson(JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", formatVersion);
        root.put("applicationVersion", applicationVersion);
        root.put("schemaVersion", schemaVersion);
        root.put("createdAt", DateTimeFormatter.ISO_INSTANT.format(createdAt));
        root.put("sourceDatabase", sourceDatabase);
        ArrayNode list = root.putArray("tables");
        for (TableEntry table : tables) {
            ObjectNode node = list.addObject();
            node.put("name", table.name());
            node.put("file", table.file());
            ArrayNode columns = node.putArray("columns");
            table.columns().forEach(column -> columns.addObject().put("name", column.name()).put("type", column.type()));
            node.put("rows", table.rows());
            node.put("sha256", table.sha256());
        }
        return (json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest; a file that is not one is refused with what is wrong. */
    static Manifest fromJson(JsonMapper json, byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new BackupException("manifest.json is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(null))) {
            throw new BackupException("manifest.json does not describe an Interview Lab backup (no \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.longValue() != FORMAT_VERSION) {
            throw new BackupException("the backup has format version " + version + "; this version of Interview Lab reads"
                    + " format version " + FORMAT_VERSION + " only");
        }
        List<TableEntry> tables = new ArrayList<>();
        for (JsonNode table : root.path("tables")) {
            List<ColumnEntry> columns = new ArrayList<>();
            for (JsonNode column : table.path("columns")) {
                columns.add(new ColumnEntry(text(column, "name"), text(column, "type")));
            }
            JsonNode rows = table.path("rows");
            if (!rows.isIntegralNumber() || !rows.canConvertToLong() || rows.longValue() < 0) {
                throw new BackupException("manifest.json: table " + text(table, "name") + " has no row count");
            }
            tables.add(new TableEntry(text(table, "name"), text(table, "file"), List.copyOf(columns), rows.longValue(),
                    text(table, "sha256")));
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "createdAt"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new BackupException("manifest.json: createdAt is not an ISO-8601 time");
        }
        return new Manifest(FORMAT_VERSION, text(root, "applicationVersion"), text(root, "schemaVersion"), createdAt,
                text(root, "sourceDatabase"), List.copyOf(tables));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString()) {
            throw new BackupException("manifest.json: \"" + field + "\" is missing or not a string");
        }
        return value.stringValue();
    }
}
