package dev.interviewlab.simulation.gmp.engine;

import java.util.List;

/** A goroutine inside a run: mutable, owned by the {@link Scheduler}. */
final class Goroutine {

    final int id;
    final int line;
    final int created;
    private final List<Phase> phases;
    private int phase;
    private int left;
    int firstRun = -1;
    int finished = -1;
    int runnableSince;
    int longestWait;
    int wakeAt;
    boolean preemptIgnoredReported;

    Goroutine(int id, int line, int created, List<Phase> phases) {
        this.id = id;
        this.line = line;
        this.created = created;
        this.phases = phases;
        this.left = phases.isEmpty() ? 0 : phases.get(0).ticks();
        this.runnableSince = created;
    }

    boolean done() {
        return phase >= phases.size();
    }

    Phase current() {
        return phases.get(phase);
    }

    /** Spends one tick of on-CPU work; true when the phase is over. */
    boolean work() {
        left--;
        return left <= 0;
    }

    void advance() {
        phase++;
        if (!done()) {
            left = phases.get(phase).ticks();
        }
    }

    GoroutineStats stats() {
        return new GoroutineStats(id, line, created, firstRun, finished, longestWait);
    }
}
