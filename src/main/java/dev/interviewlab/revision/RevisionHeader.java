package dev.interviewlab.revision;

import java.time.Instant;

/** A revision without its snapshot: what a history list shows. */
public record RevisionHeader(int number, ChangeKind change, RevisionAuthor author, Instant createdAt,
                             String summary) {

    /** JPQL constructor expression: the repository selects the columns, not the snapshots. */
    public RevisionHeader(int number, ChangeKind change, Long authorId, String authorName, Instant createdAt, String summary) {
        this(number, change, new RevisionAuthor(authorId, authorName), createdAt, summary);
    }
}
