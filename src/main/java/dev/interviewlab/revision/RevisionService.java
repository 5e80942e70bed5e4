package dev.interviewlab.revision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The revision history of content edited in the site, for any {@link SubjectType}. A feature that
 * saves a subject calls {@link #record} in the same transaction, with the subject's whole new state
 * as readable text (its snapshot); history, single revisions and diffs are read back by
 * {@link Subject}. Rows are only added, never changed: restoring an old revision records a new
 * {@link ChangeKind#RESTORED} revision with the old snapshot.
 *
 * <p>Typical save, inside the feature's transaction:
 * <pre>{@code
 * revisions.recordUnrecordedState(subject, snapshotBefore);   // keeps built-in/imported state restorable
 * ... change the entity ...
 * revisions.record(subject, ChangeKind.EDITED, author, form.summary(), snapshotAfter);
 * }</pre>
 *
 * <p>Two saves of one subject racing each other cannot both get the same number: the
 * {@code (subject_type, subject_key, number)} unique constraint refuses the second, and its
 * transaction rolls back with the content change (features guard that change with an optimistic lock anyway).
 */
@Service
@Transactional(readOnly = true)
public class RevisionService {

    /** The {@code snapshot} column's width; callers bound their content well below it. */
    public static final int MAX_SNAPSHOT_LENGTH = 1_000_000;
    /** The {@code summary} column's width. */
    public static final int MAX_SUMMARY_LENGTH = 300;

    private final ContentRevisionRepository revisions;
    private final Clock clock;

    public RevisionService(ContentRevisionRepository revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Adds the next revision of the subject. Must run inside the transaction that stores the change,
     * so the content and its history commit or roll back together.
     *
     * @param summary  the editor's "what changed", stripped; null or blank is stored as empty
     * @param snapshot the subject's whole state after the change (for {@link ChangeKind#DELETED}: the last state)
     * @throws IllegalArgumentException when the summary or snapshot is longer than its column
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Revision record(Subject subject, ChangeKind change, RevisionAuthor author, String summary, String snapshot) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(snapshot, "snapshot");
        String text = summary == null ? "" : summary.strip();
        if (text.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("a revision summary has at most " + MAX_SUMMARY_LENGTH + " characters");
        }
        if (snapshot.length() > MAX_SNAPSHOT_LENGTH) {
            throw new IllegalArgumentException("a revision snapshot has at most " + MAX_SNAPSHOT_LENGTH + " characters");
        }
        int number = revisions.findLastNumber(subject.type(), subject.key()) + 1;
        ContentRevision row = new ContentRevision(subject, number, change, author, clock.instant(), text, snapshot);
        return revisions.save(row).toRevision();
    }

    /**
     * Records the subject's current state as an {@link ChangeKind#ORIGINAL} revision without author
     * when the history does not already end with exactly that state: before the first edit of
     * built-in or imported content, or after a loader or import changed it outside the editor. Call
     * it before changing the subject, so every state an editor replaced can be restored.
     *
     * @return the revision recorded, or empty when the history was up to date
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Revision> recordUnrecordedState(Subject subject, String currentSnapshot) {
        Optional<ContentRevision> last = revisions.findFirstBySubjectTypeAndSubjectKeyOrderByNumberDesc(
                subject.type(), subject.key());
        boolean upToDate = last.map(ContentRevision::toRevision)
                .filter(revision -> revision.change() != ChangeKind.DELETED)
                .map(revision -> revision.snapshot().equals(currentSnapshot))
                .orElse(false);
        if (upToDate) {
            return Optional.empty();
        }
        return Optional.of(record(subject, ChangeKind.ORIGINAL, RevisionAuthor.none(), "", currentSnapshot));
    }

    /** The subject's revisions, newest first, without their snapshots. */
    public List<RevisionHeader> history(Subject subject) {
        return revisions.findHeaders(subject.type(), subject.key());
    }

    public Optional<Revision> find(Subject subject, int number) {
        return revisions.findBySubjectTypeAndSubjectKeyAndNumber(subject.type(), subject.key(), number)
                .map(ContentRevision::toRevision);
    }

    /** @throws RevisionNotFoundException (404) when there is no such revision */
    public Revision get(Subject subject, int number) {
        return find(subject, number).orElseThrow(() -> new RevisionNotFoundException(subject, number));
    }

    public Optional<Revision> latest(Subject subject) {
        return revisions.findFirstBySubjectTypeAndSubjectKeyOrderByNumberDesc(subject.type(), subject.key())
                .map(ContentRevision::toRevision);
    }

    /** Whether the subject's last revision deleted it: loaders of built-in content must not bring it back. */
    public boolean isDeleted(Subject subject) {
        return latest(subject).map(revision -> revision.change() == ChangeKind.DELETED).orElse(false);
    }

    /**
     * The line diff from revision {@code from} to revision {@code to} of one subject.
     *
     * @throws RevisionNotFoundException (404) when either revision does not exist
     */
    public TextDiff diff(Subject subject, int from, int to) {
        return TextDiff.between(get(subject, from).snapshot(), get(subject, to).snapshot());
    }
}
