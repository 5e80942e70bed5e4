package dev.interviewlab.simulation.gogc.engine;

import java.util.List;
import java.util.Set;

/**
 * A "test yourself" question about a run: a message key with arguments, options (object names,
 * {@code yes}/{@code no}, or counts), and the answer the run gives.
 *
 * @param multiple whether several options may be chosen
 */
public record Question(String id, String promptKey, List<String> arguments, List<String> options, Set<String> correct,
                       boolean multiple, String explanationKey) {

    public Question {
        arguments = List.copyOf(arguments);
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
    }

    public boolean isCorrect(Set<String> chosen) {
        return correct.equals(chosen);
    }
}
