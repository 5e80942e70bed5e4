package dev.interviewlab.simulation.gogc.engine;

/**
 * The bounds the build checks every barrier with: two goroutines with three stack variables each, a
 * global, objects A -> B -> C with g2 also holding C, and every mutator program of up to {@link #STEPS} statements,
 * interleaved in every way with the collector.
 */
public final class CheckerDefaults {

    public static final String SETUP = """
            global r = A
            g1.x = A
            g1.y = nil
            g1.z = nil
            g2.x = nil
            g2.y = C
            A.f = B
            B.f = C
            """;

    public static final int STEPS = 3;
    public static final int MAX_STATES = 3_000_000;

    private CheckerDefaults() {
    }

    public static Scenario scenario() {
        return ScriptParser.parse(SETUP).scenario();
    }

    public static ModelChecker.Result check(Barrier barrier, Invariant asserted) {
        Scenario scenario = scenario();
        return ModelChecker.check(scenario, MutatorModel.AnyStatements.over(scenario.layout(), STEPS), barrier, asserted,
                MAX_STATES);
    }
}
