package dev.interviewlab.revision;

import java.time.Instant;

/**
 * One saved state of a subject.
 *
 * @param number   1 for the first revision of the subject, then 2, 3, …
 * @param summary  the editor's "what changed"; may be empty
 * @param snapshot the whole subject as readable text (a topic in the built-in file format)
 */
public record Revision(Subject subject, int number, ChangeKind change, RevisionAuthor author, Instant createdAt,
                       String summary, String snapshot) {

    /** The same revision without its snapshot, as history lists show it. */
    public RevisionHeader header() {
        return new RevisionHeader(number, change, author, createdAt, summary);
    }
}
