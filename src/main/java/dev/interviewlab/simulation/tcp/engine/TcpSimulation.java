package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Runs a {@link TcpScenario}: a discrete-event simulation in virtual time of two endpoints, the
 * network between them (a fixed one-way delay, and the drops the scenario names) and the two
 * applications' scripts. Deterministic: the same scenario always gives the same trace. Bounded by
 * {@link TcpLimits#MAX_EVENTS} and {@link TcpLimits#HORIZON_MS}.
 */
public final class TcpSimulation {

    /** Initial sequence numbers, as in the figures of RFC 9293 §3.5. */
    public static final long CLIENT_ISS = 100;
    public static final long SERVER_ISS = 300;

    private sealed interface Due permits CallDue, ArrivalDue, TimerDue {
        long time();

        long order();
    }

    private record CallDue(long time, long order, Side side, TcpInput call, long bytes, CallReason reason) implements Due {
    }

    private record ArrivalDue(long time, long order, Segment segment) implements Due {
    }

    private record TimerDue(long time, long order, Side side, TimerKind kind, long generation) implements Due {
    }

    private final TcpScenario scenario;
    private final PriorityQueue<Due> queue = new PriorityQueue<>(Comparator.comparingLong(Due::time).thenComparingLong(Due::order));
    private final Map<Side, TcpEndpoint> endpoints = new EnumMap<>(Side.class);
    private final List<TcpEvent> events = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final Set<Side> hostsDown = EnumSet.noneOf(Side.class);
    private final Set<Side> requestOrResponseSent = EnumSet.noneOf(Side.class);
    private final Set<Side> closedAfterEndOfStream = EnumSet.noneOf(Side.class);
    private final Set<Side> wroteAfterEndOfStream = EnumSet.noneOf(Side.class);
    private long now;
    private long order;
    private int segmentNumber;

    private TcpSimulation(TcpScenario scenario) {
        this.scenario = scenario;
        TcpEndpoint.Host host = new TcpEndpoint.Host() {
            @Override
            public long now() {
                return now;
            }

            @Override
            public int nextSegmentNumber() {
                return ++segmentNumber;
            }

            @Override
            public void schedule(Side side, TimerKind kind, long generation, long at) {
                queue.add(new TimerDue(at, order++, side, kind, generation));
            }
        };
        endpoints.put(Side.CLIENT, new TcpEndpoint(Side.CLIENT, CLIENT_ISS, scenario, host));
        endpoints.put(Side.SERVER, new TcpEndpoint(Side.SERVER, SERVER_ISS, scenario, host));
    }

    /** The outcome of {@link #simulate(TcpSettings)}. */
    public sealed interface Outcome {
    }

    /** @param preset the preset the settings started from */
    public record Ran(TcpPreset preset, TcpRun run) implements Outcome {
    }

    public record Invalid(List<SettingProblem> problems) implements Outcome {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Resolves user settings and runs them. Lost-segment numbers can only be checked against a run
     * (dropping one segment changes which segments follow), so a number this run never reaches is
     * reported as a problem of the {@code lostSegments} field.
     */
    public static Outcome simulate(TcpSettings settings) {
        TcpSettings.Resolution resolution = settings.resolve();
        if (resolution instanceof TcpSettings.Rejected rejected) {
            return new Invalid(rejected.problems());
        }
        TcpSettings.Resolved resolved = (TcpSettings.Resolved) resolution;
        TcpRun run = run(resolved.scenario());
        List<Long> neverSent = run.lossesNeverSent();
        if (!neverSent.isEmpty()) {
            return new Invalid(List.of(SettingProblem.of("lostSegments", "tcp.error.lostNeverSent", neverSent.get(0),
                    run.segments().size())));
        }
        return new Ran(resolved.preset(), run);
    }

    public static TcpRun run(TcpScenario scenario) {
        return run(scenario, List.of());
    }

    /**
     * Runs with extra segments arriving from outside the conversation, such as old duplicates of an
     * earlier incarnation of the connection; they show how a segment no rule accepts is reported.
     */
    static TcpRun run(TcpScenario scenario, List<Segment> strays) {
        TcpSimulation simulation = new TcpSimulation(scenario);
        for (Segment stray : strays) {
            simulation.queue.add(new ArrivalDue(stray.arrivesAt(), simulation.order++, stray));
        }
        TcpRun.Stop stop = simulation.loop();
        return new TcpRun(scenario, simulation.events, simulation.segments, stop);
    }

    private TcpRun.Stop loop() {
        scheduleScripts();
        while (!queue.isEmpty()) {
            Due next = queue.peek();
            if (isStale(next)) {
                queue.poll();
                continue;
            }
            if (next.time() > TcpLimits.HORIZON_MS) {
                return TcpRun.Stop.HORIZON;
            }
            if (events.size() >= TcpLimits.MAX_EVENTS) {
                return TcpRun.Stop.EVENT_BUDGET;
            }
            queue.poll();
            now = next.time();
            if (next instanceof CallDue call) {
                handle(call.side(), closeInput(call), call.reason(), null, call.bytes());
            } else if (next instanceof ArrivalDue arrival) {
                TcpEndpoint receiver = endpoints.get(arrival.segment().to());
                handle(receiver.side(), receiver.classify(arrival.segment()), null, arrival.segment(), 0);
            } else if (next instanceof TimerDue timer) {
                fire(timer);
            }
        }
        return TcpRun.Stop.COMPLETE;
    }

    private boolean isStale(Due due) {
        if (due instanceof TimerDue timer) {
            return !endpoints.get(timer.side()).isCurrent(timer.kind(), timer.generation());
        }
        // a dead host's applications make no more calls
        return due instanceof CallDue call && hostsDown.contains(call.side());
    }

    private void scheduleScripts() {
        switch (scenario.opening()) {
            case NORMAL -> {
                call(0, Side.SERVER, TcpInput.PASSIVE_OPEN, 0, CallReason.LISTEN);
                call(0, Side.CLIENT, TcpInput.ACTIVE_OPEN, 0, CallReason.CONNECT);
            }
            case SIMULTANEOUS -> {
                call(0, Side.CLIENT, TcpInput.ACTIVE_OPEN, 0, CallReason.CONNECT);
                call(0, Side.SERVER, TcpInput.ACTIVE_OPEN, 0, CallReason.CONNECT);
            }
            case REFUSED -> call(0, Side.CLIENT, TcpInput.ACTIVE_OPEN, 0, CallReason.CONNECT);
        }
        for (Side side : Side.values()) {
            if (scenario.firstCloser().includes(side)) {
                call(scenario.closeAtMs(), side, scenario.closeMode().input(), 0, CallReason.FIRST_CLOSE);
            }
        }
        if (scenario.serverGoesDown()) {
            call(scenario.serverDownAtMs(), Side.SERVER, TcpInput.HOST_DOWN, 0, CallReason.HOST_DOWN);
        }
    }

    private void call(long at, Side side, TcpInput input, long bytes, CallReason reason) {
        queue.add(new CallDue(at, order++, side, input, bytes, reason));
    }

    /** RFC 2525 §2.17: a close() that leaves received data unread is answered with RST, as Linux does. */
    private TcpInput closeInput(CallDue call) {
        if (call.reason() != CallReason.FIRST_CLOSE || scenario.closeMode() != CloseMode.CLOSE_UNREAD) {
            return call.call();
        }
        TcpEndpoint endpoint = endpoints.get(call.side());
        long read = call.side() == Side.SERVER && scenario.responseBytes() > 0
                ? Math.min(endpoint.bytesReceived(), scenario.requestBytes()) : 0;
        return endpoint.bytesReceived() > read ? TcpInput.CLOSE_WITH_UNREAD_DATA : call.call();
    }

    private void fire(TimerDue timer) {
        TcpEndpoint endpoint = endpoints.get(timer.side());
        if (timer.kind() == TimerKind.KEEPALIVE && endpoint.hasUnacknowledged()) {
            endpoint.postponeKeepalive();
            return;
        }
        handle(timer.side(), endpoint.timerInput(timer.kind()), null, null, 0);
    }

    private void handle(Side side, TcpInput input, CallReason reason, Segment received, long bytes) {
        TcpEndpoint endpoint = endpoints.get(side);
        TcpState before = endpoint.state();
        TcpRule rule = endpoint.rule(input).orElse(null);
        Segment sent = null;
        if (rule != null) {
            TcpEndpoint.Draft draft = endpoint.apply(rule, input, received, bytes);
            if (draft != null) {
                sent = transmit(side, draft);
            }
        }
        if (input == TcpInput.HOST_DOWN) {
            hostsDown.add(side);
        }
        AppNotice notice = rule == null ? AppNotice.NONE : rule.notice();
        events.add(new TcpEvent(events.size() + 1, now, side, input, reason, received, rule, before, endpoint.state(), sent,
                notice, endpoints.get(Side.CLIENT).state(), endpoints.get(Side.SERVER).state()));
        if (!hostsDown.contains(side)) {
            react(endpoint, before, notice);
        }
    }

    private Segment transmit(Side from, TcpEndpoint.Draft draft) {
        long arrivesAt = now + scenario.delayMs();
        LossCause loss = LossCause.NONE;
        if (scenario.lostSegments().contains((long) draft.number())) {
            loss = LossCause.DROPPED;
        } else if (from.peer() == Side.SERVER && scenario.serverGoesDown() && arrivesAt >= scenario.serverDownAtMs()) {
            loss = LossCause.HOST_DOWN;
        }
        Segment segment = new Segment(draft.number(), from, draft.flags(), draft.seq(), draft.ack(), draft.length(),
                draft.retransmissionOf(), draft.probe(), now, arrivesAt, loss);
        segments.add(segment);
        if (!segment.lost()) {
            queue.add(new ArrivalDue(arrivesAt, order++, segment));
        }
        return segment;
    }

    /** The applications' scripts: what each does next in response to what just happened. */
    private void react(TcpEndpoint endpoint, TcpState before, AppNotice notice) {
        Side side = endpoint.side();
        boolean nowEstablished = before != TcpState.ESTABLISHED && endpoint.state() == TcpState.ESTABLISHED;
        if (side == Side.CLIENT && nowEstablished && scenario.requestBytes() > 0 && requestOrResponseSent.add(side)) {
            call(now, side, TcpInput.SEND, scenario.requestBytes(), CallReason.REQUEST);
        }
        boolean requestComplete = scenario.requestBytes() == 0 ? nowEstablished
                : endpoint.bytesReceived() >= scenario.requestBytes();
        if (side == Side.SERVER && scenario.responseBytes() > 0 && requestComplete && requestOrResponseSent.add(side)) {
            call(now, side, TcpInput.SEND, scenario.responseBytes(), CallReason.RESPONSE);
        }
        boolean peerClosedFirst = scenario.firstCloser() == (side == Side.CLIENT ? FirstCloser.SERVER : FirstCloser.CLIENT);
        if (notice == AppNotice.END_OF_STREAM && peerClosedFirst && scenario.bytesAfterEndOfStream() > 0
                && wroteAfterEndOfStream.add(side)) {
            call(now, side, TcpInput.SEND, scenario.bytesAfterEndOfStream(), CallReason.DATA_AFTER_END_OF_STREAM);
        }
        if (notice == AppNotice.END_OF_STREAM && peerClosedFirst && scenario.peerCloses() && closedAfterEndOfStream.add(side)) {
            call(now + scenario.peerCloseDelayMs(), side, TcpInput.CLOSE, 0, CallReason.CLOSE_AFTER_END_OF_STREAM);
        }
    }
}
