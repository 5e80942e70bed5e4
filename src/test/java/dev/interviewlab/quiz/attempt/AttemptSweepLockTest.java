package dev.interviewlab.quiz.attempt;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.support.JdbcUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sweepers on one PostgreSQL database, as two instances run them: the one that finds the advisory
 * lock taken skips its round, and every overdue attempt is closed, and scored, exactly once. H2 serves a
 * single instance and takes no lock, so these are skipped there. The scheduled sweep is pushed out of
 * the way (an hour) so only the test sweeps.
 */
@SpringBootTest(properties = "interviewlab.quiz.sweep-interval=PT1H")
@Import({TestClockConfiguration.class, AttemptSweepLockTest.ScoredAttempts.class})
@DatabaseTest
class AttemptSweepLockTest {

    private static final String TOPIC = "tcp-connection-states";

    @Autowired
    AttemptService service;

    @Autowired
    AttemptSweep sweep;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    ScoredAttempts scored;

    @BeforeEach
    void onPostgresql() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        Assumptions.assumeTrue("PostgreSQL".equals(product), "the sweep takes an advisory lock on PostgreSQL only");
        sweep.closeAllOverdue(); // whatever other tests left overdue
    }

    @Test
    void whileAnotherInstanceSweepsThisOneSkipsAndEachAttemptIsClosedOnce() throws Exception {
        List<String> overdue = overdueAttempts(3);
        AtomicReference<CompletableFuture<Integer>> second = new AtomicReference<>();
        // the first sweeper, inside its batch transaction (holding the lock), runs the second one to its end
        scored.whenScored(event -> {
            if (second.get() == null) {
                second.set(CompletableFuture.supplyAsync(sweep::closeAllOverdue));
                second.get().orTimeout(30, TimeUnit.SECONDS).join();
            }
        });
        try {
            int first = sweep.closeAllOverdue();
            assertThat(first).isGreaterThanOrEqualTo(overdue.size());
            assertThat(second.get().get(30, TimeUnit.SECONDS)).as("the second sweeper skips").isEqualTo(AttemptService.SWEEP_SKIPPED);
        } finally {
            scored.whenScored(event -> { });
        }
        for (String id : overdue) {
            Attempt attempt = attempts.findByPublicId(id).orElseThrow();
            assertThat(attempt.isOpen()).isFalse();
            assertThat(scored.times(attempt.getId())).as("scored once: %s", id).isEqualTo(1);
        }
    }

    @Test
    void aLockHeldByAnotherInstanceSkipsTheRoundAndItsReleaseLetsTheNextOneClose() throws Exception {
        List<String> overdue = overdueAttempts(2);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement();
                 ResultSet taken = statement.executeQuery("select pg_try_advisory_xact_lock(" + SweepLock.KEY + ")")) {
                assertThat(taken.next() && taken.getBoolean(1)).isTrue();
            }
            assertThat(sweep.closeAllOverdue()).isEqualTo(AttemptService.SWEEP_SKIPPED);
            assertThat(attempts.findByPublicId(overdue.get(0)).orElseThrow().isOpen()).isTrue();
            other.commit(); // the other instance's batch ends, and its lock with it
        }
        assertThat(sweep.closeAllOverdue()).isGreaterThanOrEqualTo(overdue.size());
        assertThat(overdue).allSatisfy(id -> assertThat(attempts.findByPublicId(id).orElseThrow().isOpen()).isFalse());
    }

    private List<String> overdueAttempts(int count) {
        AttemptOwner learner = AttemptOwner.browser("sweep-" + UUID.randomUUID());
        List<String> ids = IntStream.range(0, count)
                .mapToObj(i -> service.start(learner, new QuizRequest(List.of(), List.of(TOPIC), null, 5, 1, false, false)).id())
                .toList();
        clock.advance(Duration.ofMinutes(1).plus(AnswerWindow.GRACE).plusSeconds(1));
        return ids;
    }

    /** Counts AttemptScored per attempt, and hands each event to a hook a test sets. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ScoredAttempts {

        private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();
        private volatile Consumer<AttemptScored> hook = event -> { };

        @EventListener
        void scored(AttemptScored event) {
            counts.computeIfAbsent(event.attemptId(), id -> new AtomicInteger()).incrementAndGet();
            hook.accept(event);
        }

        void whenScored(Consumer<AttemptScored> hook) {
            this.hook = hook;
        }

        int times(long attemptId) {
            AtomicInteger count = counts.get(attemptId);
            return count == null ? 0 : count.get();
        }
    }
}
