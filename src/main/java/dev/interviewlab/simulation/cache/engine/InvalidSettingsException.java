package dev.interviewlab.simulation.cache.engine;

import java.util.List;

/** Settings that cannot be simulated, with every problem found. */
public class InvalidSettingsException extends IllegalArgumentException {

    private final transient List<SettingProblem> problems;

    public InvalidSettingsException(List<SettingProblem> problems) {
        super(problems.size() + " invalid setting(s): " + problems.stream().map(SettingProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
