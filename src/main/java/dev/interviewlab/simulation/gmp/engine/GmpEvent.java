package dev.interviewlab.simulation.gmp.engine;

/**
 * One thing the scheduler did.
 *
 * @param tick  when
 * @param kind  what
 * @param p     the P it happened on, or -1
 * @param m     the M involved, or 0
 * @param g     the goroutine involved, or 0
 * @param other a second P (the steal victim) or M (handoff target), or -1
 * @param count how many goroutines moved, or 0
 */
public record GmpEvent(int tick, EventKind kind, int p, int m, int g, int other, int count) {
}
