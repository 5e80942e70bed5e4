package dev.interviewlab.simulation.gmp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs a workload through the scheduler model until every goroutine finished or the tick budget ran out. */
public final class GmpSimulation {

    private GmpSimulation() {
    }

    public static GmpRun run(GmpInput input) {
        return run(input, scheduler -> { });
    }

    /** As {@link #run(GmpInput)}, showing the scheduler to {@code afterTick} after every tick (for invariant tests). */
    static GmpRun run(GmpInput input, Consumer<Scheduler> afterTick) {
        Scheduler scheduler = new Scheduler(input);
        List<Frame> frames = new ArrayList<>();
        while (!scheduler.finished() && scheduler.tick() < Limits.MAX_TICKS) {
            frames.add(scheduler.step());
            afterTick.accept(scheduler);
        }
        List<GoroutineStats> stats = scheduler.stats();
        List<GmpEvent> events = scheduler.events();
        return new GmpRun(input, frames, events, stats, summarise(scheduler, stats, events));
    }

    private static Summary summarise(Scheduler scheduler, List<GoroutineStats> stats, List<GmpEvent> events) {
        int maxFirstRun = 0;
        long sumFirstRun = 0;
        int started = 0;
        int maxStarvation = 0;
        for (GoroutineStats g : stats) {
            int latency = g.firstRun() >= 0 ? g.firstRunLatency() : scheduler.tick() - g.created();
            maxFirstRun = Math.max(maxFirstRun, latency);
            if (g.firstRun() >= 0) {
                sumFirstRun += latency;
                started++;
            }
            maxStarvation = Math.max(maxStarvation, g.longestWait());
        }
        int stolen = events.stream().filter(e -> e.kind() == EventKind.STEAL).mapToInt(GmpEvent::count).sum();
        return new Summary(scheduler.tick(), !scheduler.finished(), maxFirstRun,
                started == 0 ? 0 : (double) sumFirstRun / started, maxStarvation, count(events, EventKind.STEAL), stolen,
                count(events, EventKind.HANDOFF), count(events, EventKind.PREEMPT),
                count(events, EventKind.PREEMPT_IGNORED), scheduler.threadCount(), count(events, EventKind.GLOBAL_CHECK),
                count(events, EventKind.OVERFLOW), scheduler.maxGlobal());
    }

    private static int count(List<GmpEvent> events, EventKind kind) {
        return (int) events.stream().filter(e -> e.kind() == kind).count();
    }
}
