package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * How much the model checker explores: every program of up to {@code opsPerCore} requests per core
 * over {@code variables} variables (read, write, and eviction if asked), in every interleaving.
 *
 * @param sameLine  the variables share one cache line
 * @param maxStates the checker stops, reporting an incomplete search, after this many distinct states
 */
public record CheckBounds(int cores, int opsPerCore, int variables, boolean sameLine, boolean evictions, int maxStates) {

    public static final int MAX_OPS_PER_CORE = 3;
    public static final int MAX_CHECK_VARIABLES = 2;
    /** What the web page and the API may ask for: a few hundred milliseconds at most. */
    public static final int WEB_MAX_STATES = 200_000;

    /** The bounds {@code ./mvnw verify} checks: 3 cores x 3 requests x 2 addresses. */
    public static CheckBounds standard() {
        return new CheckBounds(3, 3, 2, false, false, 2_000_000);
    }

    public static List<InputProblem> problems(Integer cores, Integer opsPerCore, Integer variables) {
        List<InputProblem> problems = new ArrayList<>();
        if (cores == null || cores < MesiLimits.MIN_CORES || cores > 3) {
            problems.add(InputProblem.of("checkCores", "mesi.error.range", MesiLimits.MIN_CORES, 3));
        }
        if (opsPerCore == null || opsPerCore < 1 || opsPerCore > MAX_OPS_PER_CORE) {
            problems.add(InputProblem.of("checkOps", "mesi.error.range", 1, MAX_OPS_PER_CORE));
        }
        if (variables == null || variables < 1 || variables > MAX_CHECK_VARIABLES) {
            problems.add(InputProblem.of("checkVariables", "mesi.error.range", 1, MAX_CHECK_VARIABLES));
        }
        return problems;
    }

    Layout layout() {
        List<String> names = new ArrayList<>();
        for (int v = 0; v < variables; v++) {
            names.add(String.valueOf((char) ('a' + v)));
        }
        return sameLine ? new Layout(names, names.stream().map(n -> 0).toList()) : Layout.padded(names);
    }
}
