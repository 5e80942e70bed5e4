package dev.interviewlab.cluster;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptScored;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.QuizRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database throttle and sweep as one (issue 15): five wrong passwords
 * spread over A and B lock the name on both, as five on one instance do; and while A closes overdue
 * attempts B skips its round, so each attempt is closed and scored once. Skipped on H2.
 */
@DatabaseTest
class ThrottleAndSweepAcrossInstancesTest {

    private static final String PASSWORD = "across instances password";

    private static TwoInstances instances;
    private static final Map<Long, AtomicInteger> scored = new ConcurrentHashMap<>();
    private static final AtomicReference<Runnable> onScoredByA = new AtomicReference<>(() -> { });

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // only the test sweeps: the scheduled rounds would race it for the same attempts
        instances = TwoInstances.start("interviewlab.quiz.sweep-interval=PT1H");
        instances.a().addApplicationListener(countScored(true));
        instances.b().addApplicationListener(countScored(false));
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void fiveWrongPasswordsSpreadOverBothInstancesLockTheNameOnBoth() throws Exception {
        String username = "spread-" + UUID.randomUUID().toString().substring(0, 8);
        instances.a().getBean(AccountService.class).register(username, "Ada " + username, PASSWORD, PASSWORD);
        SiteClient onA = instances.browser();
        SiteClient onB = onA.onPort(instances.portB());

        assertThat(location(onA.signIn(username, "wrong password"))).endsWith("/login?error");
        assertThat(location(onB.signIn(username, "wrong password"))).endsWith("/login?error");
        // the 3rd and 4th failures ask for a wait (5 s, then 10 s), which the visitor waits out
        Thread.sleep(1000 * lockedSeconds(onA.signIn(username, "wrong password")));
        Thread.sleep(1000 * lockedSeconds(onB.signIn(username, "wrong password")));
        assertThat(lockedSeconds(onA.signIn(username, "wrong password"))).as("the 5th, on A, locks the name").isGreaterThan(850);

        // on one instance each, A would have counted three failures and B two: B would let the right password in
        assertThat(lockedSeconds(onB.signIn(username, PASSWORD))).as("the right password, on B").isGreaterThan(850);
        assertThat(lockedSeconds(onA.signIn(username, PASSWORD))).as("the right password, on A").isGreaterThan(850);
    }

    @Test
    void whileAClosesOverdueAttemptsBSkipsAndEachIsClosedOnce() throws Exception {
        AttemptService onA = instances.a().getBean(AttemptService.class);
        AttemptService onB = instances.b().getBean(AttemptService.class);
        AttemptOwner learner = AttemptOwner.browser("sweep-" + UUID.randomUUID());
        List<String> ids = IntStream.range(0, 3)
                .mapToObj(i -> onA.start(learner, new QuizRequest(List.of(), List.of("tcp-connection-states"), null, 5, 1, false, false)).id())
                .toList();
        JdbcTemplate jdbc = instances.a().getBean(JdbcTemplate.class);
        jdbc.update("update quiz_attempt set started_at = started_at - interval '1 hour', deadline_at = deadline_at - interval '1 hour'"
                + " where owner_type = ? and owner_key = ?", learner.type().name(), learner.key());

        AtomicReference<CompletableFuture<Integer>> onBMeanwhile = new AtomicReference<>();
        // A, inside its batch transaction (holding the advisory lock), lets B sweep to its end
        onScoredByA.set(() -> {
            if (onBMeanwhile.get() == null) {
                onBMeanwhile.set(CompletableFuture.supplyAsync(onB::closeOverdue));
                onBMeanwhile.get().orTimeout(30, TimeUnit.SECONDS).join();
            }
        });
        try {
            assertThat(onA.closeOverdue()).isGreaterThanOrEqualTo(ids.size());
        } finally {
            onScoredByA.set(() -> { });
        }
        assertThat(onBMeanwhile.get().get()).as("B skipped its round").isEqualTo(AttemptService.SWEEP_SKIPPED);
        assertThat(onB.closeOverdue()).as("nothing left for B afterwards").isZero();

        List<Long> attemptIds = jdbc.queryForList("select id from quiz_attempt where owner_key = ? and status = 'FINISHED'",
                Long.class, learner.key());
        assertThat(attemptIds).hasSize(ids.size());
        assertThat(attemptIds).allSatisfy(id -> assertThat(scored.get(id)).as("scored once").hasValue(1));
    }

    private static ApplicationListener<ApplicationEvent> countScored(boolean onA) {
        return event -> {
            if (event instanceof PayloadApplicationEvent<?> published && published.getPayload() instanceof AttemptScored attempt) {
                scored.computeIfAbsent(attempt.attemptId(), id -> new AtomicInteger()).incrementAndGet();
                if (onA) {
                    onScoredByA.get().run();
                }
            }
        };
    }

    /** The wait a refused sign-in's redirect names ({@code /login?blocked=N}), in seconds. */
    private static long lockedSeconds(HttpResponse<String> response) {
        String location = location(response);
        assertThat(location).contains("/login?blocked=");
        return Long.parseLong(location.substring(location.indexOf("blocked=") + "blocked=".length()));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
