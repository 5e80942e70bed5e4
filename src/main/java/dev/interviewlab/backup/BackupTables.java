package dev.interviewlab.backup;

import java.util.List;

/**
 * Which tables a backup carries and which it leaves out on purpose. Every table of the live schema
 * must be in exactly one of the two lists ({@code BackupTablesTest} reads the schema and fails on a
 * table in neither), so a new migration cannot be forgotten.
 */
public final class BackupTables {

    /**
     * What learners and editors made and the content the site serves, parents before children:
     * restore inserts in this order and deletes in the reverse one.
     */
    public static final List<String> BACKED_UP = List.of(
            "category",
            "topic",
            "topic_tag",
            "topic_related",
            // the built-in quiz files' hashes the loader compares with; restored with the items they describe
            "quiz_bank_file",
            "quiz_item",
            "quiz_item_option",
            "quiz_item_accepted",
            "quiz_item_tag",
            "account",
            "content_revision",
            "quiz_attempt",
            "quiz_attempt_question",
            "review_card",
            "review_log",
            "review_preferences",
            "bookmark",
            "topic_read");

    /** A table left out of backups, why, and whether restore empties it. */
    public record Excluded(String name, String reason, boolean clearedOnRestore) {
    }

    /** Tables restore empties are listed children first. */
    public static final List<Excluded> EXCLUDED = List.of(
            new Excluded("flyway_schema_history",
                    "Flyway's record of the migrations applied to this database; restore demands the same schema"
                            + " version instead", false),
            new Excluded("persistent_logins",
                    "remember-me sign-in tokens: credentials of browsers, not something a learner made; emptied at"
                            + " restore, so no browser stays signed in to an account the restore replaced", true),
            new Excluded("spring_session_attributes",
                    "the attributes of server sessions (Spring Session JDBC): transient; emptied at restore", true),
            new Excluded("spring_session",
                    "server sessions (Spring Session JDBC): transient; emptied at restore, as remember-me tokens", true),
            new Excluded("throttle_strike",
                    "recent failed sign-ins and password checks (throttling): transient, and counted against the"
                            + " accounts the restore replaces; emptied at restore", true),
            new Excluded("content_version",
                    "the counter instances compare to notice content changes they missed (docs/cluster.md): its one"
                            + " row is the database's own, not content; kept", false));

    private BackupTables() {
    }

    static boolean isExcluded(String table) {
        return EXCLUDED.stream().anyMatch(excluded -> excluded.name().equals(table));
    }
}
