package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's entrance: validates a scenario, runs its algorithm with a trace, and runs every
 * algorithm on the same arrivals for the comparison. Deterministic for a scenario (seed included).
 */
public final class LoadBalancing {

    public sealed interface Outcome permits Ran, Invalid {
    }

    public record Ran(LbRun run) implements Outcome {
    }

    public record Invalid(List<Problem> problems) implements Outcome {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    private LoadBalancing() {
    }

    public static Outcome simulate(LbScenario scenario) {
        List<Problem> problems = LbScenario.validate(scenario);
        return problems.isEmpty() ? new Ran(run(scenario)) : new Invalid(problems);
    }

    /** Runs a scenario the caller knows to be valid. */
    public static LbRun run(LbScenario scenario) {
        Workload workload = Workload.of(scenario);
        ClusterRun traced = new ClusterRun(scenario, workload, true);
        RunStats stats = traced.run();
        List<RunStats> comparison = new ArrayList<>();
        for (Algorithm algorithm : Algorithm.values()) {
            comparison.add(algorithm == scenario.algorithm() ? stats
                    : new ClusterRun(scenario.withAlgorithm(algorithm), workload, false).run());
        }
        return new LbRun(scenario, stats, traced.trace(), traced.load(), comparison,
                KeyMovement.of(scenario.servers(), scenario.virtualNodes(), scenario.keys()));
    }

    /** One algorithm's numbers without trace or comparison: what the queueing-theory checks run. */
    public static RunStats statsOnly(LbScenario scenario) {
        List<Problem> problems = LbScenario.validate(scenario);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.toString());
        }
        return new ClusterRun(scenario, Workload.of(scenario), false).run();
    }
}
