package dev.interviewlab.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of {@code content_revision}; written once, never changed. Read through {@link Revision}. */
@Entity
@Table(name = "content_revision")
class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;

    private String subjectKey;

    private int number;

    @Enumerated(EnumType.STRING)
    private ChangeKind changeKind;

    private Long authorId;

    private String authorName;

    private Instant createdAt;

    private String summary;

    @Column(length = RevisionService.MAX_SNAPSHOT_LENGTH)
    private String snapshot;

    protected ContentRevision() {
    }

    ContentRevision(Subject subject, int number, ChangeKind changeKind, RevisionAuthor author, Instant createdAt,
                    String summary, String snapshot) {
        this.subjectType = subject.type();
        this.subjectKey = subject.key();
        this.number = number;
        this.changeKind = changeKind;
        this.authorId = author.accountId();
        this.authorName = author.name();
        this.createdAt = createdAt;
        this.summary = summary;
        this.snapshot = snapshot;
    }

    Revision toRevision() {
        return new Revision(new Subject(subjectType, subjectKey), number, changeKind,
                new RevisionAuthor(authorId, authorName), createdAt, summary, snapshot);
    }
}
