package dev.interviewlab.simulation.gmp.engine;

/**
 * One goroutine's life in ticks.
 *
 * @param line        the script line that started it
 * @param created     when the main goroutine started it
 * @param firstRun    when it first ran on a P, or -1
 * @param finished    when it finished, or -1
 * @param longestWait the longest time it was runnable without running
 */
public record GoroutineStats(int id, int line, int created, int firstRun, int finished, int longestWait) {

    public int firstRunLatency() {
        return firstRun < 0 ? -1 : firstRun - created;
    }
}
