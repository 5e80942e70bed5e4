package dev.interviewlab.simulation.gmp.engine;

/** What a goroutine does during one phase of its life, with the script word that names it. */
public enum PhaseKind {
    /** CPU work that calls functions: a cooperative (Go 1.13) preemption request stops it at the next call. */
    WORK("work", true),
    /** A tight loop without function calls: before Go 1.14 nothing can stop it; async preemption can. */
    LOOP_NOCALLS("loop", true),
    /** A blocking system call: the M stays blocked with the G; sysmon hands the P to another M. */
    SYSCALL("syscall", false),
    /** Waiting for network I/O: the G parks in the netpoller without holding an M. */
    NET("net", false),
    /** time.Sleep: the G parks on a timer; a P running schedule() makes it runnable when it fires. */
    SLEEP("sleep", false);

    private final String word;
    private final boolean onCpu;

    PhaseKind(String word, boolean onCpu) {
        this.word = word;
        this.onCpu = onCpu;
    }

    public String word() {
        return word;
    }

    /** Whether the goroutine needs a P (and an M) during this phase. */
    public boolean onCpu() {
        return onCpu;
    }
}
