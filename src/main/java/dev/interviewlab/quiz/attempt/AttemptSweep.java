package dev.interviewlab.quiz.attempt;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes attempts whose learner left (closed the tab, lost the network) once their deadline and
 * grace have passed, so history and scores do not wait for the learner to come back. Every 30
 * seconds by default ({@code interviewlab.quiz.sweep-interval}); an attempt accessed earlier is
 * closed on that access anyway.
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
        while (attempts.closeOverdue() == AttemptService.SWEEP_BATCH) {
            // a full batch: more may be waiting
        }
    }
}
