package dev.interviewlab.simulation.gmp.engine;

import java.util.ArrayDeque;

/** A P inside a run: its local run queue, runnext slot and what it runs. */
final class Proc {

    final int id;
    final ArrayDeque<Goroutine> local = new ArrayDeque<>();
    Goroutine runnext;
    Goroutine running;
    Machine m;
    /** The M blocked in a syscall that still owns this P (until sysmon retakes it). */
    Machine syscall;
    int syscallSince;
    int schedtick;
    int sliceStart;

    Proc(int id) {
        this.id = id;
    }

    int queued() {
        return local.size() + (runnext == null ? 0 : 1);
    }

    boolean free() {
        return running == null && syscall == null;
    }

    ProcFrame frame() {
        ProcState state = running != null ? ProcState.RUNNING : syscall != null ? ProcState.SYSCALL : ProcState.IDLE;
        int mid = running != null || syscall == null ? (m == null ? 0 : m.id) : syscall.id;
        return new ProcFrame(id, running == null ? 0 : running.id, mid, state, runnext == null ? 0 : runnext.id,
                local.size());
    }
}
