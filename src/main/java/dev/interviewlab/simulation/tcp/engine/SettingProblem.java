package dev.interviewlab.simulation.tcp.engine;

import java.util.List;

/**
 * A setting the user must change.
 *
 * @param field      the setting's name, as in forms and JSON (e.g. {@code delayMs})
 * @param messageKey a key of the {@code i18n/tcp} bundles
 */
public record SettingProblem(String field, String messageKey, List<Object> arguments) {

    public SettingProblem {
        arguments = List.copyOf(arguments);
    }

    static SettingProblem of(String field, String messageKey, Object... arguments) {
        return new SettingProblem(field, messageKey, List.of(arguments));
    }
}
