package dev.interviewlab.simulation.gmp.engine;

/** An M (an OS thread) inside a run. */
final class Machine {

    final int id;
    /** The goroutine this M is blocked in a syscall with, or null. */
    Goroutine blocked;
    /** The P it held when the syscall began (it may have been retaken since). */
    Proc heldBefore;

    Machine(int id) {
        this.id = id;
    }
}
