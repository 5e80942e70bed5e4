package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.List;

/** Runs a program, one request at a time in bus order, recording each step. */
public final class MesiSimulation {

    private MesiSimulation() {
    }

    public static MesiRun run(MesiProgram program, ProtocolBug bug) {
        MesiMachine machine = new MesiMachine(program.cores(), program.layout(), bug);
        List<MesiStep> steps = new ArrayList<>(program.operations().size());
        for (Operation op : program.operations()) {
            steps.add(machine.apply(steps.size() + 1, op, true));
        }
        return new MesiRun(program, bug, steps, BusTraffic.of(steps));
    }

    /** The empty caches before the first step. */
    public static Snapshot initial(MesiProgram program) {
        return new MesiMachine(program.cores(), program.layout(), ProtocolBug.NONE).snapshot();
    }
}
