package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of a run: the event trace, every segment sent, and what can be read off them. */
public record TcpRun(TcpScenario scenario, List<TcpEvent> events, List<Segment> segments, Stop stop) {

    /** Why the run ended. */
    public enum Stop {
        /** Nothing was left to happen. */
        COMPLETE,
        /** It reached {@link TcpLimits#MAX_EVENTS}. */
        EVENT_BUDGET,
        /** The next event lay beyond {@link TcpLimits#HORIZON_MS}. */
        HORIZON
    }

    public TcpRun {
        events = List.copyOf(events);
        segments = List.copyOf(segments);
    }

    /** The time of the last event: where the run's clock stopped. */
    public long endTime() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).time();
    }

    /**
     * The states an endpoint passed through, in order, consecutive repeats collapsed: from CLOSED
     * to CLOSED for a finished connection, or to whatever state it held when the run ended.
     */
    public List<TcpState> statePath(Side side) {
        List<TcpState> path = new ArrayList<>();
        path.add(TcpState.CLOSED);
        for (TcpEvent event : events) {
            TcpState state = event.state(side);
            if (path.get(path.size() - 1) != state) {
                path.add(state);
            }
        }
        return List.copyOf(path);
    }

    /** Both endpoints' states after every event up to and including {@code time}. */
    public Map<Side, TcpState> statesAt(long time) {
        Map<Side, TcpState> states = new EnumMap<>(Side.class);
        states.put(Side.CLIENT, TcpState.CLOSED);
        states.put(Side.SERVER, TcpState.CLOSED);
        for (TcpEvent event : events) {
            if (event.time() > time) {
                break;
            }
            states.put(Side.CLIENT, event.client());
            states.put(Side.SERVER, event.server());
        }
        return states;
    }

    /** Numbers in the scenario's lost list that no segment of this run carries. */
    public List<Long> lossesNeverSent() {
        return scenario.lostSegments().stream().filter(number -> number > segments.size()).toList();
    }

    /** The event in which a segment arrived, if it did. */
    public java.util.Optional<TcpEvent> arrivalOf(int segmentNumber) {
        return events.stream().filter(event -> event.received() != null && event.received().number() == segmentNumber)
                .findFirst();
    }

    /** The event that sent a segment. */
    public java.util.Optional<TcpEvent> sendingOf(int segmentNumber) {
        return events.stream().filter(event -> event.sent() != null && event.sent().number() == segmentNumber).findFirst();
    }

    public TcpSummary summary() {
        return TcpSummary.of(this);
    }
}
