package dev.interviewlab.simulation.mesi.engine;

import java.util.List;
import java.util.Optional;

/** A finished run: the program, the protocol (with its bug, if any), every step, and the totals. */
public record MesiRun(MesiProgram program, ProtocolBug bug, List<MesiStep> steps, BusTraffic traffic) {

    public MesiRun {
        steps = List.copyOf(steps);
    }

    /** The first step that broke a coherence guarantee. */
    public Optional<MesiStep> firstViolation() {
        return steps.stream().filter(step -> !step.violations().isEmpty()).findFirst();
    }
}
