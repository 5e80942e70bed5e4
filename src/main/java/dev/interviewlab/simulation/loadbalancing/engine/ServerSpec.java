package dev.interviewlab.simulation.loadbalancing.engine;

/**
 * A backend.
 *
 * @param speed      work per millisecond: a request of cost c takes c / speed ms (0.25 is four times slower)
 * @param weight     its share for the weighted algorithms (smooth weighted round robin, least connections,
 *                   virtual nodes on the hash ring)
 * @param workers    requests it serves at once (a server with c workers and one queue is an M/M/c station)
 * @param queueLimit requests that may wait; one more is rejected
 */
public record ServerSpec(double speed, int weight, int workers, int queueLimit) {
}
