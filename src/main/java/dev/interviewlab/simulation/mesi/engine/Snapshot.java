package dev.interviewlab.simulation.mesi.engine;

import java.util.List;

/**
 * Every cache and memory after a step.
 *
 * @param states  [core][line]
 * @param values  [core][variable], null where the core's copy of the line is Invalid
 * @param memory  [variable]
 */
public record Snapshot(List<List<MesiState>> states, List<List<Integer>> values, List<Integer> memory) {

    public MesiState state(int core, int line) {
        return states.get(core).get(line);
    }
}
