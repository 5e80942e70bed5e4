package dev.interviewlab.simulation.mesi.engine;

import java.util.List;

/**
 * Something the learner must change before a run.
 *
 * @param field      the form field and JSON property, e.g. {@code script} or {@code cores}
 * @param messageKey a key of the {@code i18n/mesi} bundles
 */
public record InputProblem(String field, String messageKey, List<Object> arguments) {

    public InputProblem {
        arguments = List.copyOf(arguments);
    }

    static InputProblem of(String field, String messageKey, Object... arguments) {
        return new InputProblem(field, messageKey, List.of(arguments));
    }
}
