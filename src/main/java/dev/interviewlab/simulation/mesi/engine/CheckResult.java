package dev.interviewlab.simulation.mesi.engine;

import java.util.Optional;

/**
 * What the model checker found.
 *
 * @param states         distinct states reached
 * @param transitions    requests tried
 * @param complete       every state within the bounds was explored (false when the state budget ran out first)
 * @param counterexample the shortest program found that breaks a guarantee, with the run that shows it
 */
public record CheckResult(CheckBounds bounds, ProtocolBug bug, long states, long transitions, boolean complete,
                          Optional<MesiRun> counterexample) {

    public boolean passed() {
        return complete && counterexample.isEmpty();
    }
}
