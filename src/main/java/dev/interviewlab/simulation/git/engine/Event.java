package dev.interviewlab.simulation.git.engine;

import java.util.List;

/** One thing that happened inside a command, for the step-through. */
public record Event(EventKind kind, List<String> args) {

    public Event {
        args = List.copyOf(args);
    }

    static Event of(EventKind kind, Object... args) {
        return new Event(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
