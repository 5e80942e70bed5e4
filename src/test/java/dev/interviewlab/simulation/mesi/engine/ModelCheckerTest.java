package dev.interviewlab.simulation.mesi.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exhaustive check of the protocol the page runs, at the bounds of issue 14: 3 cores x 3
 * requests x 2 addresses, every program and interleaving. Bigger bounds run in MesiBenchmark.
 */
class ModelCheckerTest {

    @Test
    void theCorrectProtocolKeepsBothGuaranteesInEveryInterleaving() {
        CheckResult result = ModelChecker.check(CheckBounds.standard(), ProtocolBug.NONE);

        assertThat(result.complete()).as("explored everything within the bounds").isTrue();
        assertThat(result.counterexample()).isEmpty();
        assertThat(result.passed()).isTrue();
        // 3 cores x 4 requests each from the start state, so the search did reach deep states
        assertThat(result.states()).isGreaterThan(10_000);
    }

    @Test
    void twoAddressesOnOneLineWithEvictionsAlsoPass() {
        CheckResult result = ModelChecker.check(new CheckBounds(2, 3, 2, true, true, 2_000_000), ProtocolBug.NONE);

        assertThat(result.passed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolBug.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyBugIsFoundAndItsCounterexampleReplaysToTheSameBreach(ProtocolBug bug) {
        CheckResult result = ModelChecker.check(CheckBounds.standard(), bug);

        assertThat(result.passed()).isFalse();
        MesiRun replay = result.counterexample().orElseThrow();
        MesiStep last = replay.steps().get(replay.steps().size() - 1);
        assertThat(last.violations()).isNotEmpty();
        assertThat(replay.firstViolation()).contains(last);
        assertThat(replay.steps()).as("breadth first: a short counterexample").hasSizeLessThanOrEqualTo(4);
        assertThat(replay.steps().stream().flatMap(step -> java.util.stream.Stream.concat(java.util.stream.Stream.of(step.rule()),
                step.snoops().stream().map(MesiStep.Snoop::rule)))).as("the broken row fired").contains(bug.replacement());
        // the same program on the correct protocol is fine
        assertThat(MesiSimulation.run(replay.program(), ProtocolBug.NONE).firstViolation()).isEmpty();
    }

    @Test
    void aBugThatLetsAReadMissTakeExclusiveBreaksTheSingleWriterRule() {
        MesiRun replay = ModelChecker.check(CheckBounds.standard(), ProtocolBug.READ_MISS_IGNORES_SHARERS)
                .counterexample().orElseThrow();

        assertThat(replay.firstViolation().orElseThrow().violations())
                .anySatisfy(v -> assertThat(v.kind()).isEqualTo(Violation.Kind.SINGLE_WRITER));
    }

    @Test
    void aModifiedOwnerThatDoesNotFlushLetsAReaderSeeAStaleValue() {
        MesiRun replay = ModelChecker.check(CheckBounds.standard(), ProtocolBug.MODIFIED_DOES_NOT_FLUSH)
                .counterexample().orElseThrow();

        assertThat(replay.program().script()).isEqualTo("c0 W a 1\nc1 R a");
        Violation stale = replay.firstViolation().orElseThrow().violations().get(0);
        assertThat(stale.kind()).isEqualTo(Violation.Kind.STALE_READ);
        assertThat(stale.expected()).isEqualTo(1);
        assertThat(stale.actual()).isZero();
    }

    @Test
    void aSearchThatRunsOutOfBudgetSaysItIsIncomplete() {
        CheckResult result = ModelChecker.check(new CheckBounds(3, 3, 2, false, false, 500), ProtocolBug.NONE);

        assertThat(result.complete()).isFalse();
        assertThat(result.passed()).isFalse();
        assertThat(result.states()).isEqualTo(500);
    }
}
