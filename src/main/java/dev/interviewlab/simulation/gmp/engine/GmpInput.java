package dev.interviewlab.simulation.gmp.engine;

import java.util.List;

/** A workload with the runtime settings to run it under. */
public record GmpInput(List<Spawn> spawns, int gomaxprocs, Preemption preemption, long seed) {

    public GmpInput {
        spawns = List.copyOf(spawns);
        if (gomaxprocs < Limits.MIN_PROCS || gomaxprocs > Limits.MAX_PROCS) {
            throw new IllegalArgumentException("GOMAXPROCS out of range: " + gomaxprocs);
        }
        if (spawns.stream().mapToInt(Spawn::count).sum() > Limits.MAX_GOROUTINES) {
            throw new IllegalArgumentException("too many goroutines");
        }
    }
}
