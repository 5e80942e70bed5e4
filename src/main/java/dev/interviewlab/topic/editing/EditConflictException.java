package dev.interviewlab.topic.editing;

import dev.interviewlab.revision.RevisionHeader;
import dev.interviewlab.revision.TextDiff;

/**
 * Someone saved the topic after this editor loaded it. Nothing was saved; the editor gets their
 * text back with a diff from what is saved now, and a form based on the current version.
 *
 * @param currentVersion the version to base the next save on
 * @param lastSave       who saved last and when (null when the topic has no history)
 * @param diff           from the saved topic to the editor's text; null for a deletion, which has no text
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;
    private final RevisionHeader lastSave;
    private final TextDiff diff;

    EditConflictException(String slug, long currentVersion, RevisionHeader lastSave, TextDiff diff) {
        super("topic " + slug + " was saved by someone else; it is now at version " + currentVersion);
        this.currentVersion = currentVersion;
        this.lastSave = lastSave;
        this.diff = diff;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public RevisionHeader lastSave() {
        return lastSave;
    }

    public TextDiff diff() {
        return diff;
    }
}
