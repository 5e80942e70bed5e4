package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.gmp.engine.Frame;
import dev.interviewlab.simulation.gmp.engine.ProcFrame;
import dev.interviewlab.simulation.gmp.engine.ProcState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerSvgTest {

    private static final SchedulerSvg.Labels LABELS = new SchedulerSvg.Labels("title", "desc", "idle", "in syscall",
            "local", "global queue", "Ms in syscalls", "netpoller", "Ms: %d (%d idle)", List.of("tick 0", "tick 5"));

    @Test
    void drawsAGroupPerStepWithEachPsMRunningGRunnextAndQueues() {
        Frame start = new Frame(0, List.of(new ProcFrame(0, 1, 1, ProcState.RUNNING, 7, 30),
                new ProcFrame(1, 0, 0, ProcState.IDLE, 0, 0)), 4, 0, 0, 0, 1, 0);
        Frame later = new Frame(5, List.of(new ProcFrame(0, 0, 2, ProcState.SYSCALL, 0, 0),
                new ProcFrame(1, 9, 3, ProcState.RUNNING, 0, 2)), 0, 1, 3, 0, 3, 0);

        String svg = SchedulerSvg.draw(List.of(start, later), 2, LABELS);

        assertThat(svg).contains("<g class=\"gmp-frame\" data-step=\"1\">", "<g class=\"gmp-frame is-current\" data-step=\"2\">");
        String first = svg.substring(svg.indexOf("data-step=\"1\""), svg.indexOf("data-step=\"2\""));
        assertThat(first).contains(">M1<", ">G1<", ">G7<", ">local 30<", ">idle<", ">4<", "Ms: 1 (0 idle)");
        assertThat(first.split("gmp-g gmp-queued", -1)).hasSize(18 + 4 + 1); // 30 queued drawn as 18 squares, 4 global
        String second = svg.substring(svg.indexOf("data-step=\"2\""));
        assertThat(second).contains("gmp-state-syscall", ">in syscall<", ">M2<", ">G9<", "Ms: 3 (0 idle)");
        assertThat(second.split("gmp-m gmp-m-syscall", -1)).hasSize(2);
        assertThat(second.split("gmp-g gmp-parked", -1)).hasSize(4);
    }
}
