package dev.interviewlab.simulation.gmp.engine;

import java.util.Optional;

/** Ready-made workloads, each showing one part of the scheduler, with the settings they need. */
public enum Preset {
    /** 1000 goroutines from one P: runnext, local-queue overflow into the global queue, and stealing. */
    SPAWN_STORM("spawn-storm", 4, Preemption.ASYNC, """
            # main starts 1000 short goroutines from P0
            spawn 1000 work 300us
            """),
    /** With GOMAXPROCS=1 a blocking syscall does not stop the others: sysmon hands the P to a new M. */
    BLOCKING_SYSCALL("blocking-syscall", 1, Preemption.ASYNC, """
            # one goroutine blocks in read(2) for 20 ms; four others need the only P
            g syscall 20ms, work 1ms
            spawn 4 work 2ms
            """),
    /** Before Go 1.14 a loop without calls keeps the only P; the sleeper waits for the whole loop. */
    TIGHT_LOOP_GO113("tight-loop-go113", 1, Preemption.COOPERATIVE, """
            # a 100 ms loop without function calls, and a goroutine that sleeps 1 ms then needs the CPU
            g loop 100ms nocalls
            g sleep 1ms, work 1ms
            """),
    /** The same workload with asynchronous preemption: sysmon stops the loop after 10 ms. */
    TIGHT_LOOP_GO114("tight-loop-go114", 1, Preemption.ASYNC, TIGHT_LOOP_GO113.script),
    /** Goroutines waiting on the network hold no M: the thread count stays at GOMAXPROCS. */
    NETPOLLER("netpoller", 2, Preemption.ASYNC, """
            # 50 goroutines wait 5 ms for a socket, then work briefly
            spawn 50 net wait 5ms, work 200us
            g work 20ms
            """);

    private final String slug;
    private final int gomaxprocs;
    private final Preemption preemption;
    private final String script;

    Preset(String slug, int gomaxprocs, Preemption preemption, String script) {
        this.slug = slug;
        this.gomaxprocs = gomaxprocs;
        this.preemption = preemption;
        this.script = script;
    }

    public String slug() {
        return slug;
    }

    public int gomaxprocs() {
        return gomaxprocs;
    }

    public Preemption preemption() {
        return preemption;
    }

    public String script() {
        return script;
    }

    public String messageKey() {
        return "gmp.preset." + slug;
    }

    /** The preset's run input (seed 1). */
    public GmpInput input() {
        WorkloadParser.Result parsed = WorkloadParser.parse(script);
        if (!parsed.ok()) {
            throw new IllegalStateException("preset " + slug + " does not parse: " + parsed.problems());
        }
        return new GmpInput(parsed.spawns(), gomaxprocs, preemption, 1);
    }

    public static Optional<Preset> bySlug(String slug) {
        for (Preset preset : values()) {
            if (preset.slug.equals(slug)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}
