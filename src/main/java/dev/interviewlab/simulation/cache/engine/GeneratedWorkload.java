package dev.interviewlab.simulation.cache.engine;

/**
 * Operations drawn at random (with the run's seed) over keys {@code k0 .. k(keyCount-1)}, all of
 * which exist in the database at version v0. Operation i belongs to client i mod clients; each
 * client issues its next operation {@code thinkMicros} after the previous one completed.
 */
public record GeneratedWorkload(int keyCount, int readPercent, Distribution distribution, double zipfSkew,
                                int hotKeyPercent, int clients, int operations, long thinkMicros) implements Workload {

    public GeneratedWorkload {
        if (keyCount < 1 || clients < 1 || operations < 1 || distribution == null) {
            throw new IllegalArgumentException("a workload needs keys, clients and operations");
        }
    }
}
