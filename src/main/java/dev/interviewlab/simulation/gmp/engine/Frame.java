package dev.interviewlab.simulation.gmp.engine;

import java.util.List;

/**
 * The scheduler during one tick, after the Ps have picked what to run.
 *
 * @param global     length of the global run queue
 * @param inSyscall  goroutines blocked in a syscall (each holds an M)
 * @param netpoll    goroutines parked on the netpoller (holding no M)
 * @param sleeping   goroutines waiting for a timer, fired or not
 * @param threads    Ms created so far
 * @param idleThreads Ms parked on the idle list
 */
public record Frame(int tick, List<ProcFrame> procs, int global, int inSyscall, int netpoll, int sleeping, int threads,
                    int idleThreads) {

    public Frame {
        procs = List.copyOf(procs);
    }
}
