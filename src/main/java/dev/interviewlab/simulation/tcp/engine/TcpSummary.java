package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of a run: time spent in TIME_WAIT and CLOSE_WAIT per endpoint (counted up to the end of
 * the run when an endpoint is still there), segments sent, retransmissions, losses and resets.
 */
public record TcpSummary(long endTime, int segmentsSent, int retransmissions, int segmentsLost, int resets,
                         int keepaliveProbes, int unhandledSegments, Map<Side, Endpoint> endpoints) {

    /**
     * @param timeWaitMs      total time in TIME_WAIT
     * @param endsInTimeWait  still in TIME_WAIT when the run ended
     * @param closeWaitMs     total time in CLOSE_WAIT
     * @param endsInCloseWait still in CLOSE_WAIT when the run ended (the application never closed)
     * @param notices         what the application was told, in order
     */
    public record Endpoint(TcpState finalState, long timeWaitMs, boolean endsInTimeWait, long closeWaitMs,
                           boolean endsInCloseWait, List<AppNotice> notices) {

        public Endpoint {
            notices = List.copyOf(notices);
        }
    }

    public TcpSummary {
        endpoints = Map.copyOf(endpoints);
    }

    public Endpoint endpoint(Side side) {
        return endpoints.get(side);
    }

    static TcpSummary of(TcpRun run) {
        List<Segment> segments = run.segments();
        Map<Side, Endpoint> endpoints = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            endpoints.put(side, endpoint(run, side));
        }
        return new TcpSummary(run.endTime(), segments.size(),
                (int) segments.stream().filter(s -> s.retransmissionOf() > 0).count(),
                (int) segments.stream().filter(Segment::lost).count(),
                (int) segments.stream().filter(s -> s.has(SegmentFlag.RST)).count(),
                (int) segments.stream().filter(Segment::probe).count(),
                (int) run.events().stream().filter(TcpEvent::unhandled).count(),
                endpoints);
    }

    private static Endpoint endpoint(TcpRun run, Side side) {
        TcpState state = TcpState.CLOSED;
        long enteredAt = 0;
        long timeWait = 0;
        long closeWait = 0;
        List<AppNotice> notices = new ArrayList<>();
        for (TcpEvent event : run.events()) {
            if (event.side() == side && event.notice() != AppNotice.NONE) {
                notices.add(event.notice());
            }
            TcpState next = event.state(side);
            boolean restartsTimeWait = event.side() == side && event.rule() == TcpRule.FIN_IN_TIME_WAIT;
            if (next != state || restartsTimeWait) {
                if (state == TcpState.TIME_WAIT) {
                    timeWait += event.time() - enteredAt;
                } else if (state == TcpState.CLOSE_WAIT) {
                    closeWait += event.time() - enteredAt;
                }
                state = next;
                enteredAt = event.time();
            }
        }
        long open = run.endTime() - enteredAt;
        if (state == TcpState.TIME_WAIT) {
            timeWait += open;
        } else if (state == TcpState.CLOSE_WAIT) {
            closeWait += open;
        }
        return new Endpoint(state, timeWait, state == TcpState.TIME_WAIT, closeWait, state == TcpState.CLOSE_WAIT, notices);
    }
}
