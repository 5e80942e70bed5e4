package dev.interviewlab.revision;

/**
 * One line of a {@link TextDiff}.
 *
 * @param oldNumber 1-based line number in the old text, 0 for an added line
 * @param newNumber 1-based line number in the new text, 0 for a removed line
 * @param skipped   for {@link Kind#SKIPPED} only: how many unchanged lines it stands for
 */
public record DiffLine(Kind kind, String text, int oldNumber, int newNumber, int skipped) {

    public enum Kind {
        /** In both texts. */
        SAME,
        /** Only in the new text. */
        ADDED,
        /** Only in the old text. */
        REMOVED,
        /** A run of unchanged lines left out of a view with context (see {@link TextDiff#withContext(int)}). */
        SKIPPED
    }

    static DiffLine same(String text, int oldNumber, int newNumber) {
        return new DiffLine(Kind.SAME, text, oldNumber, newNumber, 0);
    }

    static DiffLine added(String text, int newNumber) {
        return new DiffLine(Kind.ADDED, text, 0, newNumber, 0);
    }

    static DiffLine removed(String text, int oldNumber) {
        return new DiffLine(Kind.REMOVED, text, oldNumber, 0, 0);
    }

    static DiffLine skipped(int count) {
        return new DiffLine(Kind.SKIPPED, "", 0, 0, count);
    }

    public boolean isSame() {
        return kind == Kind.SAME;
    }

    public boolean isAdded() {
        return kind == Kind.ADDED;
    }

    public boolean isRemoved() {
        return kind == Kind.REMOVED;
    }

    public boolean isSkipped() {
        return kind == Kind.SKIPPED;
    }
}
