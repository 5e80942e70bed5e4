package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.gmp.engine.EventKind;
import dev.interviewlab.simulation.gmp.engine.Frame;
import dev.interviewlab.simulation.gmp.engine.GmpEvent;
import dev.interviewlab.simulation.gmp.engine.GmpRun;
import dev.interviewlab.simulation.gmp.engine.GmpSimulation;
import dev.interviewlab.simulation.gmp.engine.Preset;
import dev.interviewlab.simulation.gmp.engine.ProcState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawing of a step shows what the step says happened. */
class FrameShowingTest {

    @Test
    void aGoroutineThatEntersASyscallIsDrawnInTheSyscallNotRunning() {
        GmpRun run = GmpSimulation.run(Preset.BLOCKING_SYSCALL.input());
        GmpEvent entered = run.events().stream().filter(event -> event.kind() == EventKind.SYSCALL_ENTER)
                .findFirst().orElseThrow();

        Frame shown = GmpPageAssembler.frameShowing(run, entered.tick(), List.of(entered));

        assertThat(shown.procs().get(entered.p()).state()).isEqualTo(ProcState.SYSCALL);
        assertThat(shown.procs().get(entered.p()).g()).as("G%d no longer runs on P%d", entered.g(), entered.p())
                .isNotEqualTo(entered.g());
        // the tick's own frame, taken before the goroutines ran, still shows it running
        assertThat(run.frames().get(entered.tick()).procs().get(entered.p()).g()).isEqualTo(entered.g());
    }

    @Test
    void aStealIsDrawnInItsOwnTick() {
        GmpRun run = GmpSimulation.run(Preset.SPAWN_STORM.input());
        GmpEvent steal = run.events().stream().filter(event -> event.kind() == EventKind.STEAL).findFirst().orElseThrow();

        assertThat(GmpPageAssembler.frameShowing(run, steal.tick(), List.of(steal))).isSameAs(run.frames().get(steal.tick()));
    }
}
