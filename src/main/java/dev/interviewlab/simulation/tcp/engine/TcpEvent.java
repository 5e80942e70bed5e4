package dev.interviewlab.simulation.tcp.engine;

/**
 * One step of a run: something happened to one endpoint at one moment, a rule of the table
 * handled it (or none did, and the event reports that), and at most one segment was sent.
 *
 * @param step     1-based position in the trace
 * @param side     the endpoint the event happened to, and the sender of {@code sent}
 * @param input    what happened, as the transition table names it
 * @param reason   why the application made the call, for call events; null otherwise
 * @param received the segment that arrived, for segment events; null otherwise
 * @param rule     the rule applied; null when no rule accepts the input in this state
 * @param sent     the segment sent, or null
 * @param client   the client's state after the event
 * @param server   the server's state after the event
 */
public record TcpEvent(int step, long time, Side side, TcpInput input, CallReason reason, Segment received,
                       TcpRule rule, TcpState before, TcpState after, Segment sent, AppNotice notice,
                       TcpState client, TcpState server) {

    public boolean unhandled() {
        return rule == null;
    }

    public boolean changesState() {
        return before != after;
    }

    public TcpState state(Side of) {
        return of == Side.CLIENT ? client : server;
    }
}
