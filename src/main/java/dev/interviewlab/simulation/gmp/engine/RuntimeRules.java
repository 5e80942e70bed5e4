package dev.interviewlab.simulation.gmp.engine;

/**
 * The numbers of the Go runtime (src/runtime/proc.go, runtime2.go) the scheduler model uses, in ticks where
 * they are times. One place, so a test can check each rule against the trace.
 */
public final class RuntimeRules {

    /** {@code len(p.runq)}: a P's local run queue holds 256 goroutines. */
    public static final int LOCAL_QUEUE_CAPACITY = 256;
    /** {@code schedule()} takes one G from the global queue when {@code schedtick % 61 == 0}. */
    public static final int GLOBAL_CHECK_PERIOD = 61;
    /** {@code forcePreemptNS}: sysmon asks a G that ran 10 ms in one time slice to stop. */
    public static final int PREEMPT_AFTER_TICKS = 10 * Tick.PER_MILLI;
    /** sysmon retakes a P from a syscall once it has been there for one of its periods (20 µs or more). */
    public static final int SYSCALL_RETAKE_AFTER_TICKS = 1;
    /** sysmon polls the network itself when no one has for 10 ms. */
    public static final int SYSMON_NETPOLL_AFTER_TICKS = 10 * Tick.PER_MILLI;
    /** {@code stealWork} tries every other P in a random order this many times. */
    public static final int STEAL_TRIES = 4;
    /** Goroutines the main goroutine starts per tick ({@code go f()} costs about 1 µs with its stack). */
    public static final int SPAWNS_PER_TICK = 100;

    private RuntimeRules() {
    }
}
