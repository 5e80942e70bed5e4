package dev.interviewlab.jdbc;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.ReviewPreferencesService.SettingsInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import javax.sql.DataSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plain select in a read-write transaction sees that transaction's pending entity changes, and a flush that fails on
 * the way fails with the exception the commit would have thrown.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class PlainReadsTest {

    private static final String RETENTION = "select desired_retention from review_preferences where owner_key = ?";

    @Autowired
    PlainReads reads;

    @Autowired
    ReviewPreferencesService preferences;

    @Autowired
    TestEntityManager entityManager;

    @Autowired
    DataSource dataSource;

    private final AttemptOwner learner = AttemptOwner.browser("plain-" + UUID.randomUUID());

    @Test
    void aSelectSeesTheChangesTheTransactionHasNotFlushedYet() {
        retention(0.9);
        entityManager.flush();
        entityManager.clear();
        retention(0.85); // changes the managed entity; nothing written yet

        assertThat(reads.query(RETENTION, (row, number) -> row.getDouble(1), learner.key())).containsExactly(0.85);
    }

    @Test
    void aFlushThatLosesARaceFailsAsACommitWould() {
        retention(0.9);
        entityManager.flush();
        entityManager.clear();
        retention(0.85);
        // someone else's change in between: the row's version moved on
        new JdbcTemplate(dataSource).update("update review_preferences set version = version + 1 where owner_key = ?",
                learner.key());

        assertThatThrownBy(() -> reads.query(RETENTION, (row, number) -> row.getDouble(1), learner.key()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    private void retention(double desired) {
        preferences.save(learner, new SettingsInput(desired, "", List.of(), 1), ZoneOffset.UTC);
    }
}
