package dev.interviewlab.simulation.loadbalancing.engine;

/**
 * What happens to a request the failing server had (in service or queued) or refused (sent to it
 * after it failed and before the balancer noticed).
 */
public enum FailurePolicy implements Choice {
    /** The request fails: the client gets an error. */
    DROP,
    /**
     * The balancer sends it once more, at once, to a server its algorithm picks among the others;
     * its latency still counts from its first arrival. A second failure drops it.
     */
    RETRY
}
