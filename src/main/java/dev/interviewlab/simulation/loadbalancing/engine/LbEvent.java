package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;

/**
 * One thing that happened in a run, as the trace keeps it: every event of the first
 * {@link LbLimits#TRACED_REQUESTS} requests, and the failing server's events.
 *
 * @param request     0-based request number; -1 for a server's own event
 * @param attempt     1, or 2 for a retry
 * @param server      the server concerned; -1 when none could be chosen
 * @param decision    why the balancer chose the server (routing events only)
 * @param outstanding each server's outstanding requests right after the event
 */
public record LbEvent(int step, double timeMs, Kind kind, int request, int key, int attempt, int server,
                      Balancer.Decision decision, List<Integer> outstanding) {

    public enum Kind {
        /** Routed to a server with an idle worker: service begins. */
        STARTED(true),
        /** Routed to a server whose workers are all busy: it waits in the queue. */
        QUEUED(true),
        /** Routed to a server whose queue is full: rejected, the client gets an error. */
        REJECTED(true),
        /** Routed to a server that has failed but is not yet marked down: the connection is refused. */
        REFUSED(true),
        /** No server is believed healthy: the balancer fails the request. */
        NO_SERVER(false),
        /** A waiting request gets a worker. */
        BEGAN(false),
        COMPLETED(false),
        /** The request was in service or queued on the server that failed. */
        LOST(false),
        /** The request fails for good (after a refusal or loss with the drop policy, or a second failure). */
        DROPPED(false),
        SERVER_FAILED(false),
        /** A health check notices the failure: the balancer stops choosing the server. */
        SERVER_MARKED_DOWN(false);

        private final boolean routing;

        Kind(boolean routing) {
            this.routing = routing;
        }

        public boolean routing() {
            return routing;
        }
    }

    public LbEvent {
        outstanding = List.copyOf(outstanding);
    }
}
