package dev.interviewlab.simulation.gmp.engine;

/**
 * One P during a tick.
 *
 * @param g        the goroutine it runs, or 0
 * @param m        the M it is attached to, or 0 when idle
 * @param state    what it is doing
 * @param runnext  the goroutine in its runnext slot, or 0
 * @param local    the length of its local run queue
 */
public record ProcFrame(int id, int g, int m, ProcState state, int runnext, int local) {
}
