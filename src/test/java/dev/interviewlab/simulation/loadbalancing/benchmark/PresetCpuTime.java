package dev.interviewlab.simulation.loadbalancing.benchmark;

import dev.interviewlab.simulation.loadbalancing.engine.LbPreset;
import dev.interviewlab.simulation.loadbalancing.engine.LbQuestions;
import dev.interviewlab.simulation.loadbalancing.engine.LoadBalancing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time per preset run (with the comparison and questions), for a machine too busy for
 * {@link LoadBalancingBenchmark}'s wall-clock figures to mean much: the thread's own CPU time does
 * not count the time other processes hold the cores. Run with
 * {@code java -cp target/test-classes:target/classes dev.interviewlab.simulation.loadbalancing.benchmark.PresetCpuTime}.
 */
public final class PresetCpuTime {

    private PresetCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = 300;
        int measured = 300;
        for (LbPreset preset : LbPreset.values()) {
            for (int i = 0; i < warmup; i++) {
                LbQuestions.of(LoadBalancing.run(preset.scenario()));
            }
        }
        for (LbPreset preset : LbPreset.values()) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < measured; i++) {
                LbQuestions.of(LoadBalancing.run(preset.scenario()));
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / measured;
            System.out.printf(Locale.ROOT, "%-12s %.2f ms CPU per run%n", preset.key(), ms);
        }
    }
}
