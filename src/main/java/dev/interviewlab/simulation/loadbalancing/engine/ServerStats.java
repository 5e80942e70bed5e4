package dev.interviewlab.simulation.loadbalancing.engine;

/**
 * What one server did in a run.
 *
 * @param routed      requests the balancer sent it (a retry counts again)
 * @param completed   requests it answered
 * @param rejected    requests turned away by its full queue
 * @param utilisation busy worker time over (workers × the run's duration)
 * @param peakOutstanding the most requests it had at once
 */
public record ServerStats(int routed, int completed, int rejected, double utilisation, int peakOutstanding) {
}
