package dev.interviewlab.simulation.gmp.engine;

/**
 * The numbers of a run.
 *
 * @param ticks            how many ticks the run took
 * @param truncated        whether it stopped at the tick budget before every goroutine finished
 * @param maxFirstRun      the longest wait, in ticks, from creation to first run
 * @param meanFirstRun     the mean of those waits
 * @param maxStarvation    the longest time any goroutine was runnable without running
 * @param steals           successful steals
 * @param stolen           goroutines moved by them
 * @param handoffs         Ps sysmon retook from Ms in syscalls
 * @param preemptions      goroutines sysmon stopped
 * @param ignoredPreemptions requests a loop without calls did not see
 * @param threads          Ms created
 * @param globalChecks     times the 1/61 rule took a G from the global queue
 * @param overflows        local-queue overflows into the global queue
 * @param maxGlobal        the longest the global queue got
 */
public record Summary(int ticks, boolean truncated, int maxFirstRun, double meanFirstRun, int maxStarvation, int steals,
                      int stolen, int handoffs, int preemptions, int ignoredPreemptions, int threads, int globalChecks,
                      int overflows, int maxGlobal) {
}
