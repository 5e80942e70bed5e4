package dev.interviewlab.quiz.attempt;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.bank.ItemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An answer and a submission on one attempt come one after the other: an answer sent while the submission is
 * scoring the attempt waits for it, then finds the attempt closed, so no answer is saved after its scoring.
 * Committed transactions on the real database (H2 and PostgreSQL), not a test's rolled-back one.
 */
@SpringBootTest(properties = "interviewlab.quiz.sweep-interval=PT1H")
@Import({TestClockConfiguration.class, AttemptLockTest.Scoring.class})
@DatabaseTest
class AttemptLockTest {

    private static final String TOPIC = "tcp-connection-states";

    @Autowired
    AttemptService service;

    @Autowired
    Scoring scoring;

    @Test
    void anAnswerSentWhileTheAttemptIsBeingSubmittedWaitsAndIsRefused() throws Exception {
        AttemptOwner learner = AttemptOwner.browser("lock-" + UUID.randomUUID());
        AttemptSnapshot attempt = service.start(learner, new QuizRequest(List.of(), List.of(TOPIC), null, 4, 10, false, false));
        AttemptSnapshot.Question question = attempt.questions().stream()
                .filter(q -> q.type() == ItemType.SINGLE || q.type() == ItemType.TRUE_FALSE).findFirst().orElseThrow();
        Object answer = question.type() == ItemType.SINGLE ? question.options().get(0).key() : Boolean.TRUE;
        AtomicBoolean answeredWhileSubmitting = new AtomicBoolean();
        CompletableFuture<AnswerReceipt>[] answering = new CompletableFuture[1];
        // inside the submission's transaction, after it scored the attempt (holding its lock): an answer comes in
        scoring.whenScored(event -> {
            answering[0] = CompletableFuture.supplyAsync(
                    () -> service.answer(learner, attempt.id(), question.position(), new RawAnswer.Json(answer)));
            try {
                answering[0].get(700, TimeUnit.MILLISECONDS);
                answeredWhileSubmitting.set(true);
            } catch (java.util.concurrent.TimeoutException waiting) {
                // what the lock is for: the answer waits until the submission commits
            } catch (Exception refused) {
                answeredWhileSubmitting.set(true);
            }
        });
        try {
            service.submit(learner, attempt.id());
        } finally {
            scoring.whenScored(event -> { });
        }

        assertThat(answeredWhileSubmitting).as("the answer came back before the submission committed").isFalse();
        assertThatThrownBy(() -> answering[0].orTimeout(30, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(AttemptClosedException.class);
        AttemptSnapshot.Question stored = service.result(learner, attempt.id()).question(question.position());
        assertThat(stored.answered()).isFalse();
        assertThat(stored.pointsMillis()).isZero();
    }

    /** Hands each AttemptScored, inside the transaction that scored the attempt, to a hook the test sets. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Scoring {

        private volatile Consumer<AttemptScored> hook = event -> { };

        @EventListener
        void scored(AttemptScored event) {
            hook.accept(event);
        }

        void whenScored(Consumer<AttemptScored> hook) {
            this.hook = hook;
        }
    }
}
