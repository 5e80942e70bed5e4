package dev.interviewlab.simulation.git.engine;

import java.util.Objects;

/**
 * How a three-way merge (merge-ort, git's default strategy since 2.34) decides one path from its
 * base, ours and theirs versions, renames aside. Rows are tried in order; the first that matches
 * decides. A test walks every combination of present, absent, equal and different versions.
 */
public enum PathRule {
    /** Absent everywhere that matters, or unchanged on both sides. */
    UNCHANGED("git.rule.unchanged", false, false),
    /** Both sides made the same change (or added the same text): take it once. */
    SAME_CHANGE("git.rule.sameChange", false, false),
    /** Only theirs changed it: take theirs. */
    TAKE_THEIRS("git.rule.takeTheirs", false, false),
    /** Only ours changed it: keep ours. */
    TAKE_OURS("git.rule.takeOurs", false, false),
    /** Ours deleted it and theirs left it alone: it stays deleted. */
    DELETED_BY_OURS("git.rule.deletedByOurs", false, false),
    /** Theirs deleted it and ours left it alone: delete it. */
    DELETED_BY_THEIRS("git.rule.deletedByTheirs", false, false),
    /** Ours deleted it, theirs changed it: CONFLICT (modify/delete); theirs' version stays in the work tree. */
    DELETE_MODIFY("git.rule.deleteModify", true, false),
    /** Ours changed it, theirs deleted it: CONFLICT (modify/delete); ours stays in the work tree. */
    MODIFY_DELETE("git.rule.modifyDelete", true, false),
    /** Both sides added different files at this path: merged line by line from an empty base; CONFLICT (add/add) on overlap. */
    ADD_ADD("git.rule.addAdd", false, true),
    /** Both sides changed it differently: merged line by line (diff3); CONFLICT (content) on overlapping hunks. */
    CONTENT_MERGE("git.rule.contentMerge", false, true);

    private final String messageKey;
    private final boolean alwaysConflicts;
    private final boolean mergesLines;

    PathRule(String messageKey, boolean alwaysConflicts, boolean mergesLines) {
        this.messageKey = messageKey;
        this.alwaysConflicts = alwaysConflicts;
        this.mergesLines = mergesLines;
    }

    public String messageKey() {
        return messageKey;
    }

    /** True for the rows that always stop the merge (modify/delete). */
    public boolean alwaysConflicts() {
        return alwaysConflicts;
    }

    /** True for the rows decided by the line merge, which conflicts only on overlapping hunks. */
    public boolean mergesLines() {
        return mergesLines;
    }

    /** The row for one path; null content means the path is absent in that version. */
    public static PathRule of(String base, String ours, String theirs) {
        if (Objects.equals(ours, theirs)) {
            return Objects.equals(base, ours) ? UNCHANGED : SAME_CHANGE;
        }
        if (Objects.equals(base, ours)) {
            if (theirs == null) {
                return DELETED_BY_THEIRS;
            }
            return TAKE_THEIRS;
        }
        if (Objects.equals(base, theirs)) {
            if (ours == null) {
                return DELETED_BY_OURS;
            }
            return TAKE_OURS;
        }
        // both sides differ from the base and from each other
        if (ours == null) {
            return DELETE_MODIFY;
        }
        if (theirs == null) {
            return MODIFY_DELETE;
        }
        return base == null ? ADD_ADD : CONTENT_MERGE;
    }
}
