package dev.interviewlab.simulation.git.engine;

import java.util.List;
import java.util.Set;

/**
 * A "test yourself" question generated from a run. The prompt is a message key with arguments;
 * options are commit labels, paths or yes/no; the server checks answers against {@code correct}.
 *
 * @param multiple whether more than one option may be chosen (check boxes rather than radio buttons)
 * @param explanationKey the message explaining the answer, with the same arguments plus the answer
 */
public record Question(String id, String promptKey, List<String> arguments, List<String> options, Set<String> correct,
                       boolean multiple, String explanationKey) {

    public Question {
        arguments = List.copyOf(arguments);
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
    }

    /** True when exactly the correct options were chosen. */
    public boolean isCorrect(Set<String> chosen) {
        return correct.equals(chosen);
    }
}
