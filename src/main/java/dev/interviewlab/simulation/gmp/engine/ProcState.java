package dev.interviewlab.simulation.gmp.engine;

/** What a P is doing during a tick. */
public enum ProcState {
    RUNNING, IDLE, SYSCALL
}
