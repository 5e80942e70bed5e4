package dev.interviewlab.revision;

/** What a revision did to its subject. */
public enum ChangeKind {
    /**
     * The state the subject had before its first change in the site (built-in content, an import),
     * recorded so that it can be restored. Its author is empty.
     */
    ORIGINAL,
    /** Created in the site. */
    CREATED,
    /** Changed in the site. */
    EDITED,
    /** An older revision brought back; history is never rewritten, so this is a new revision. */
    RESTORED,
    /** Deleted; the snapshot is the last state, so a deleted subject can be restored. */
    DELETED
}
