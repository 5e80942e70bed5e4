package dev.interviewlab.simulation.loadbalancing.engine;

/**
 * The balancing rules, each with where it comes from. {@link Balancer#of} builds the one to run;
 * the page explains each pick with the rule's message key {@code lb.algorithm.<key>.rule}.
 */
public enum Algorithm implements Choice {
    /** Each healthy server in turn. */
    ROUND_ROBIN("nginx upstream default"),
    /** nginx's smooth weighted round robin: ngx_http_upstream_get_peer in ngx_http_upstream_round_robin.c. */
    SMOOTH_WEIGHTED("nginx ngx_http_upstream_round_robin.c"),
    /** A healthy server uniformly at random. */
    RANDOM("uniform choice"),
    /** Fewest outstanding requests per unit of weight; ties go round robin, as nginx's least_conn. */
    LEAST_CONNECTIONS("nginx ngx_http_upstream_least_conn_module.c"),
    /** Two servers at random, the one with fewer outstanding requests (Mitzenmacher 2001). */
    POWER_OF_TWO("Mitzenmacher, The Power of Two Choices, 2001"),
    /** Two servers at random, the lower peak-sensitive EWMA latency × (outstanding + 1), as Finagle and Linkerd. */
    PEAK_EWMA("Finagle PeakEwma / Linkerd"),
    /** The key's point on a hash ring of virtual nodes; the next healthy owner clockwise (Karger et al. 1997). */
    CONSISTENT_HASH("Karger et al., 1997");

    private final String source;

    Algorithm(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }
}
