package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;

/**
 * A setting the user must change.
 *
 * @param field      the setting's name, as in forms and JSON (e.g. {@code speeds})
 * @param messageKey a key of the {@code i18n/loadbalancing} bundles
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }
}
