package dev.interviewlab.simulation.gogc.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCheckerTest {

    @ParameterizedTest(name = "{0} keeps its invariant and frees nothing live, within the default bounds")
    @EnumSource(value = Barrier.class, names = {"DIJKSTRA", "YUASA", "HYBRID"})
    void everyBarrierPassesTheDefaultBounds(Barrier barrier) {
        ModelChecker.Result result = CheckerDefaults.check(barrier, barrier.promise());

        assertThat(result.complete()).isTrue();
        assertThat(result.counterexample()).isNull();
        assertThat(result.states()).isGreaterThan(1_000);
    }

    @Test
    void withoutABarrierTheCheckerFindsALiveObjectFreedAndTheSimulationReplaysIt() {
        ModelChecker.Result result = CheckerDefaults.check(Barrier.NONE, Invariant.NONE);

        assertThat(result.passed()).isFalse();
        ModelChecker.Counterexample counterexample = result.counterexample();
        assertThat(counterexample.violation()).isEqualTo(ModelChecker.Violation.LIVE_OBJECT_FREED);
        ScriptParser.Result replay = ScriptParser.parse(counterexample.script());
        assertThat(replay.problems()).isEmpty();
        GcRun run = GcSimulation.run(replay.scenario(), Barrier.NONE);
        assertThat(run.lost()).containsExactlyElementsOf(counterexample.objects());
        for (Barrier barrier : new Barrier[]{Barrier.DIJKSTRA, Barrier.YUASA, Barrier.HYBRID}) {
            assertThat(GcSimulation.run(replay.scenario(), barrier).lost()).as(barrier.key()).isEmpty();
        }
    }

    @Test
    void withoutABarrierTheWeakInvariantBreaksToo() {
        ModelChecker.Result result = CheckerDefaults.check(Barrier.NONE, Invariant.WEAK);

        assertThat(result.counterexample().violation()).isEqualTo(ModelChecker.Violation.INVARIANT);
    }

    @ParameterizedTest(name = "{0} keeps only the weak invariant")
    @EnumSource(value = Barrier.class, names = {"YUASA", "HYBRID"})
    void deletionBarriersDoNotKeepTheStrongInvariant(Barrier barrier) {
        ModelChecker.Result result = CheckerDefaults.check(barrier, Invariant.STRONG);

        assertThat(result.counterexample()).isNotNull();
        assertThat(result.counterexample().violation()).isEqualTo(ModelChecker.Violation.INVARIANT);
        GcRun run = GcSimulation.run(ScriptParser.parse(result.counterexample().script()).scenario(), barrier);
        assertThat(run.strongBrokenAt()).isPositive();
        assertThat(run.weakBrokenAt()).isZero();
    }

    @ParameterizedTest(name = "every interleaving of {0}'s goroutines with the collector")
    @EnumSource(Preset.class)
    void presetsAreSafeUnderEveryInterleavingOnlyWithABarrier(Preset preset) {
        Scenario scenario = ScriptParser.parse(preset.script()).scenario();
        MutatorModel programs = MutatorModel.Programs.of(scenario);

        for (Barrier barrier : Barrier.values()) {
            ModelChecker.Result result = ModelChecker.check(scenario, programs, barrier, barrier.promise(), 100_000);
            assertThat(result.passed()).as(barrier.key()).isEqualTo(barrier != Barrier.NONE);
        }
    }

    @Test
    void theStateBoundStopsTheSearch() {
        ModelChecker.Result result = ModelChecker.check(CheckerDefaults.scenario(),
                MutatorModel.AnyStatements.over(CheckerDefaults.scenario().layout(), 3), Barrier.HYBRID, Invariant.WEAK, 50);

        assertThat(result.complete()).isFalse();
        assertThat(result.passed()).isFalse();
        assertThat(result.states()).isEqualTo(50);
    }
}
