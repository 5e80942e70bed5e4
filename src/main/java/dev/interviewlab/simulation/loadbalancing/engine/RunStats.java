package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;

/**
 * The numbers of a run. Latency is from a request's first arrival to its answer, waiting
 * included; wait is the time before a worker took it up (the queueing delay of queueing theory).
 * Percentiles are nearest-rank over the answered requests; all are 0 when none was answered.
 *
 * @param dropped  requests that got an error: rejected by a full queue, lost or refused by the
 *                 failed server (and not retried), or with no server left
 * @param retried  requests sent a second time after a failure
 */
public record RunStats(Algorithm algorithm, int requests, int completed, int dropped, int retried, double meanLatencyMs,
                       double p50LatencyMs, double p99LatencyMs, double maxLatencyMs, double meanWaitMs, double durationMs,
                       List<ServerStats> servers) {

    public RunStats {
        servers = List.copyOf(servers);
    }

    /** The busiest server's utilisation over the average: 1 is perfectly even. */
    public double utilisationSpread() {
        double max = servers.stream().mapToDouble(ServerStats::utilisation).max().orElse(0);
        double mean = servers.stream().mapToDouble(ServerStats::utilisation).average().orElse(0);
        return mean == 0 ? 1 : max / mean;
    }
}
