package dev.interviewlab.revision;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({RevisionService.class, TestClockConfiguration.class})
@DatabaseTest
class RevisionServiceTest {

    private static final Subject TOPIC = Subject.topic("tcp-connection-states");

    @Autowired
    RevisionService revisions;

    @Autowired
    MutableClock clock;

    @Test
    void revisionsAreNumberedPerSubjectAndListedNewestFirst() {
        revisions.record(TOPIC, ChangeKind.CREATED, new RevisionAuthor(null, "Ada"), "  first  ", "one\n");
        clock.advance(Duration.ofMinutes(5));
        revisions.record(TOPIC, ChangeKind.EDITED, new RevisionAuthor(null, "Grace"), null, "one\ntwo\n");
        revisions.record(Subject.quizItem("tcp-001"), ChangeKind.CREATED, RevisionAuthor.none(), "", "q");

        List<RevisionHeader> history = revisions.history(TOPIC);

        assertThat(history).extracting(RevisionHeader::number).containsExactly(2, 1);
        assertThat(history.get(0).author().name()).isEqualTo("Grace");
        assertThat(history.get(0).summary()).isEmpty();
        assertThat(history.get(1).summary()).isEqualTo("first");
        assertThat(history.get(0).createdAt()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofMinutes(5)));
        assertThat(revisions.history(Subject.quizItem("tcp-001"))).extracting(RevisionHeader::number).containsExactly(1);
        assertThat(revisions.latest(TOPIC).orElseThrow().snapshot()).isEqualTo("one\ntwo\n");
    }

    @Test
    void theDiffBetweenTwoRevisionsMarksAddedLines() {
        revisions.record(TOPIC, ChangeKind.CREATED, RevisionAuthor.none(), "", "one\n");
        revisions.record(TOPIC, ChangeKind.EDITED, RevisionAuthor.none(), "", "one\ntwo\n");

        TextDiff diff = revisions.diff(TOPIC, 1, 2);

        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isZero();
        assertThatThrownBy(() -> revisions.diff(TOPIC, 1, 3)).isInstanceOf(RevisionNotFoundException.class);
    }

    @Test
    void theUnrecordedStateIsRecordedOnlyWhenTheHistoryDoesNotEndWithIt() {
        assertThat(revisions.recordUnrecordedState(TOPIC, "built-in")).get()
                .satisfies(revision -> {
                    assertThat(revision.number()).isEqualTo(1);
                    assertThat(revision.change()).isEqualTo(ChangeKind.ORIGINAL);
                    assertThat(revision.author().isAccount()).isFalse();
                });
        assertThat(revisions.recordUnrecordedState(TOPIC, "built-in")).isEmpty();

        revisions.record(TOPIC, ChangeKind.EDITED, new RevisionAuthor(null, "Ada"), "", "edited");
        // an import changed the topic behind the editor's back: that state is kept too
        assertThat(revisions.recordUnrecordedState(TOPIC, "imported")).get()
                .extracting(Revision::number).isEqualTo(3);
    }

    @Test
    void aSubjectIsDeletedWhenItsLastRevisionDeletedIt() {
        assertThat(revisions.isDeleted(TOPIC)).isFalse();
        revisions.record(TOPIC, ChangeKind.DELETED, new RevisionAuthor(null, "Ada"), "gone", "last state");
        assertThat(revisions.isDeleted(TOPIC)).isTrue();
        revisions.record(TOPIC, ChangeKind.CREATED, new RevisionAuthor(null, "Ada"), "", "back");
        assertThat(revisions.isDeleted(TOPIC)).isFalse();
    }

    @Test
    void oversizedSummariesAndSnapshotsAreRefused() {
        assertThatThrownBy(() -> revisions.record(TOPIC, ChangeKind.EDITED, RevisionAuthor.none(),
                "x".repeat(RevisionService.MAX_SUMMARY_LENGTH + 1), "s"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> revisions.record(TOPIC, ChangeKind.EDITED, RevisionAuthor.none(), "",
                "x".repeat(RevisionService.MAX_SNAPSHOT_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(revisions.history(TOPIC)).isEmpty();
    }
}
