package dev.interviewlab.simulation.gmp.engine;

import java.util.List;

/**
 * What is wrong with a script: a message key of the {@code gmp} bundle with its arguments.
 *
 * @param line 1-based line, or 0 for the script as a whole
 */
public record ScriptProblem(int line, String messageKey, List<Object> arguments) {

    public ScriptProblem {
        arguments = List.copyOf(arguments);
    }

    static ScriptProblem of(int line, String messageKey, Object... arguments) {
        return new ScriptProblem(line, messageKey, List.of(arguments));
    }
}
