package dev.interviewlab.quiz.attempt;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes attempts whose learner left (closed the tab, lost the network) once their deadline and
 * grace have passed, so history and scores do not wait for the learner to come back. Every 30
 * seconds by default ({@code interviewlab.quiz.sweep-interval}); an attempt accessed earlier is
 * closed on that access anyway. With several instances on one PostgreSQL database, each batch runs on
 * one instance at a time ({@link SweepLock}); the others skip the round.
 */
@Component
class AttemptSweep {

    private final AttemptService attempts;

    AttemptSweep(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${interviewlab.quiz.sweep-interval:PT30S}",
            initialDelayString = "${interviewlab.quiz.sweep-interval:PT30S}")
    void sweep() {
        closeAllOverdue();
    }

    /**
     * Closes batch after batch while batches come back full. Returns how many attempts it closed, or
     * {@link AttemptService#SWEEP_SKIPPED} when another instance was sweeping and this one looked at none.
     */
    int closeAllOverdue() {
        int closed = 0;
        int batch;
        do {
            batch = attempts.closeOverdue();
            if (batch == AttemptService.SWEEP_SKIPPED) {
                return closed == 0 ? AttemptService.SWEEP_SKIPPED : closed;
            }
            closed += batch;
        } while (batch == AttemptService.SWEEP_BATCH); // a full batch: more may be waiting
        return closed;
    }
}
