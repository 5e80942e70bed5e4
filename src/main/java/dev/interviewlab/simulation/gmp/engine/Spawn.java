package dev.interviewlab.simulation.gmp.engine;

import java.util.List;

/** One script line: the main goroutine starts {@code count} goroutines that each go through {@code phases}. */
public record Spawn(int line, int count, List<Phase> phases) {

    public Spawn {
        phases = List.copyOf(phases);
    }
}
