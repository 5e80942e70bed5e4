package dev.interviewlab.simulation.mesi.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.interviewlab.simulation.mesi.engine.MesiState.EXCLUSIVE;
import static dev.interviewlab.simulation.mesi.engine.MesiState.INVALID;
import static dev.interviewlab.simulation.mesi.engine.MesiState.MODIFIED;
import static dev.interviewlab.simulation.mesi.engine.MesiState.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

class MesiSimulationTest {

    private static MesiRun run(String script, int cores) {
        return MesiSimulation.run(MesiScript.parse(script, cores).program(), ProtocolBug.NONE);
    }

    private static List<MesiState> line(MesiStep step, int line) {
        return step.after().states().stream().map(row -> row.get(line)).toList();
    }

    @Test
    void theFirstReaderGetsExclusiveAndTheSecondMakesBothShared() {
        MesiRun run = run("c0 R a\nc1 R a", 3);

        assertThat(line(run.steps().get(0), 0)).containsExactly(EXCLUSIVE, INVALID, INVALID);
        assertThat(run.steps().get(0).suppliedBy()).isEqualTo(MesiStep.MEMORY);
        assertThat(line(run.steps().get(1), 0)).containsExactly(SHARED, SHARED, INVALID);
        assertThat(run.steps().get(1).snoops()).containsExactly(new MesiStep.Snoop(0, MesiRule.SNOOP_RD_EXCLUSIVE));
    }

    @Test
    void aWriteToASharedLineSendsBusUpgrAndTheNextReaderGetsTheValueByFlush() {
        MesiRun run = run(MesiPreset.WRITE_INVALIDATES.script(), 3);
        MesiStep upgrade = run.steps().get(2);
        MesiStep reread = run.steps().get(3);

        assertThat(upgrade.bus()).isEqualTo(BusMessage.BUS_UPGR);
        assertThat(line(upgrade, 0)).containsExactly(MODIFIED, INVALID, INVALID);
        assertThat(reread.suppliedBy()).isEqualTo(0);
        assertThat(reread.valueRead()).isEqualTo(1);
        assertThat(reread.writeBack()).isTrue();
        assertThat(reread.after().memory()).containsExactly(1);
        assertThat(line(reread, 0)).containsExactly(SHARED, SHARED, INVALID);
        assertThat(run.steps().get(4).bus()).isEqualTo(BusMessage.BUS_RDX);
        assertThat(line(run.steps().get(4), 0)).containsExactly(INVALID, INVALID, MODIFIED);
        assertThat(run.steps().get(5).valueRead()).isEqualTo(2);
        assertThat(run.firstViolation()).isEmpty();
    }

    @Test
    void exclusiveToModifiedIsSilent() {
        MesiRun run = run(MesiPreset.SILENT_UPGRADE.script(), 2);

        assertThat(run.steps().get(1).rule()).isEqualTo(MesiRule.WRITE_SILENT_UPGRADE);
        assertThat(run.steps().get(1).bus()).isNull();
        assertThat(run.traffic().transactions()).isEqualTo(2);
    }

    @Test
    void evictingAModifiedLineWritesItBackAndAnInvalidOneDoesNothing() {
        MesiRun run = run("c0 W a 5\nc0 evict a\nc0 evict a\nc1 R a", 2);

        assertThat(run.steps().get(1).rule()).isEqualTo(MesiRule.EVICT_MODIFIED);
        assertThat(run.steps().get(1).after().memory()).containsExactly(5);
        assertThat(run.steps().get(2).rule()).isNull();
        assertThat(run.steps().get(3).suppliedBy()).isEqualTo(MesiStep.MEMORY);
        assertThat(run.steps().get(3).valueRead()).isEqualTo(5);
        assertThat(run.traffic().writeBacks()).isEqualTo(1);
    }

    @Test
    void falseSharingCostsBusTrafficThatPaddingAvoids() {
        MesiProgram shared = MesiPreset.FALSE_SHARING.program();
        BusTraffic together = MesiSimulation.run(shared, ProtocolBug.NONE).traffic();
        BusTraffic padded = MesiSimulation.run(shared.padded(), ProtocolBug.NONE).traffic();

        // one line: every write takes it from the other core (BusRdX + Flush); padded: one miss per counter
        assertThat(together.busRdX()).isEqualTo(6);
        assertThat(together.flush()).as("five writes take it from the other core, then c0 R x takes it from c1").isEqualTo(6);
        assertThat(padded.busRdX()).isEqualTo(2);
        assertThat(padded.flush()).isZero();
        assertThat(padded.transactions()).isLessThan(together.transactions());
    }

    @ParameterizedTest
    @EnumSource(MesiPreset.class)
    void everyPresetRunsWithoutBreakingAGuarantee(MesiPreset preset) {
        MesiRun run = MesiSimulation.run(preset.program(), ProtocolBug.NONE);

        assertThat(run.steps()).isNotEmpty();
        assertThat(run.firstViolation()).isEmpty();
    }

    @Test
    void aSeedGivesTheSameProgramAndAnotherSeedAnother() {
        RandomProgram one = new RandomProgram(4, 40, 3, false, 7);

        assertThat(one.program()).isEqualTo(new RandomProgram(4, 40, 3, false, 7).program());
        assertThat(one.program()).isNotEqualTo(new RandomProgram(4, 40, 3, false, 8).program());
        assertThat(MesiSimulation.run(one.program(), ProtocolBug.NONE).firstViolation()).isEmpty();
    }

    @Test
    void theUpgradeBugLeavesTwoHoldersOfAModifiedLine() {
        MesiRun run = MesiSimulation.run(MesiScript.parse("c0 R a\nc1 R a\nc0 W a 1", 2).program(), ProtocolBug.UPGRADE_KEEPS_SHARER);

        Violation violation = run.firstViolation().orElseThrow().violations().get(0);
        assertThat(violation.kind()).isEqualTo(Violation.Kind.SINGLE_WRITER);
        assertThat(violation.cores()).containsExactly(0, 1);
    }
}
