package dev.interviewlab.simulation.git.engine;

import java.util.List;

/**
 * Why a command cannot run: bad input (an unknown branch, a malformed name) or a history outside
 * what the engine simulates (a criss-cross merge, a rename). The web layer turns it into a
 * line-numbered form error or a 400 problem detail.
 *
 * @param step  0-based index of the command
 * @param field the command's field at fault ({@code from}, {@code files.f.txt}, …)
 */
public record StepProblem(int step, String field, String messageKey, List<Object> arguments) {

    public StepProblem {
        arguments = List.copyOf(arguments);
    }

    static StepProblem of(int step, String field, String messageKey, Object... arguments) {
        return new StepProblem(step, field, messageKey, List.of(arguments));
    }
}
