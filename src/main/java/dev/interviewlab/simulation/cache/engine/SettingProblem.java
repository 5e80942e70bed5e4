package dev.interviewlab.simulation.cache.engine;

import java.util.List;

/**
 * One thing wrong with the settings.
 *
 * @param field     the setting, named as in the JSON API ({@code capacity}, {@code workload.zipfSkew},
 *                  {@code trace[3].op})
 * @param code      what is wrong: {@code required}, {@code range}, {@code unknown}, {@code tooMany},
 *                  {@code duplicate}, {@code mismatch}, {@code tooLong}, {@code blank}
 * @param arguments values for the message (bounds, allowed values)
 */
public record SettingProblem(String field, String code, List<Object> arguments) {

    public SettingProblem {
        arguments = List.copyOf(arguments);
    }

    static SettingProblem of(String field, String code, Object... arguments) {
        return new SettingProblem(field, code, List.of(arguments));
    }
}
