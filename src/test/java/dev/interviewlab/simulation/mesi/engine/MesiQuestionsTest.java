package dev.interviewlab.simulation.mesi.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MesiQuestionsTest {

    @ParameterizedTest
    @EnumSource(MesiPreset.class)
    void everyAnswerIsWhatTheRunDid(MesiPreset preset) {
        MesiRun run = MesiSimulation.run(preset.program(), ProtocolBug.NONE);

        assertThat(MesiQuestions.of(run)).isNotEmpty().allSatisfy(q -> {
            MesiStep step = run.steps().get(q.step() - 1);
            switch (q.kind()) {
                case STATE_AFTER -> assertThat(q.answer()).isEqualTo(String.valueOf(step.after().state(q.core(), q.line()).letter()));
                case BUS_MESSAGE -> {
                    assertThat(step.operation().kind()).isEqualTo(Operation.Kind.WRITE);
                    assertThat(q.answer()).isEqualTo(step.bus() == null ? MesiQuestions.NONE : step.bus().label());
                }
                case SUPPLIER -> assertThat(q.answer()).isEqualTo(step.suppliedBy() == MesiStep.MEMORY ? "memory" : "c" + step.suppliedBy());
            }
        });
    }

    @Test
    void theSilentUpgradeIsAskedAbout() {
        MesiRun run = MesiSimulation.run(MesiPreset.SILENT_UPGRADE.program(), ProtocolBug.NONE);

        MesiQuestion bus = MesiQuestions.of(run).stream().filter(q -> q.kind() == MesiQuestion.Kind.BUS_MESSAGE).findFirst().orElseThrow();
        assertThat(bus.step()).isEqualTo(3);
        assertThat(bus.answer()).isEqualTo(MesiQuestions.NONE);
    }

    @Test
    void theSameRunGetsTheSameQuestions() {
        MesiProgram program = new RandomProgram(3, 30, 2, false, 5).program();

        assertThat(MesiQuestions.of(MesiSimulation.run(program, ProtocolBug.NONE)))
                .isEqualTo(MesiQuestions.of(MesiSimulation.run(program, ProtocolBug.NONE)));
    }
}
