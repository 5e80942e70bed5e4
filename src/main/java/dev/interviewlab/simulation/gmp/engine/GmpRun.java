package dev.interviewlab.simulation.gmp.engine;

import java.util.List;

/** A replayed run: a frame per tick, the events, each goroutine's life and the summary. */
public record GmpRun(GmpInput input, List<Frame> frames, List<GmpEvent> events, List<GoroutineStats> goroutines,
                     Summary summary) {

    public GmpRun {
        frames = List.copyOf(frames);
        events = List.copyOf(events);
        goroutines = List.copyOf(goroutines);
    }

    public long count(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }
}
