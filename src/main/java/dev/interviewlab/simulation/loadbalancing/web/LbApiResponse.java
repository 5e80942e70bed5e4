package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.loadbalancing.engine.KeyMovement;
import dev.interviewlab.simulation.loadbalancing.engine.LbEvent;
import dev.interviewlab.simulation.loadbalancing.engine.LbRun;
import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import dev.interviewlab.simulation.loadbalancing.engine.RunStats;
import dev.interviewlab.simulation.loadbalancing.engine.ServerStats;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code {"algorithm", "stats", "comparison", "keyMovement", "trace"}}: the chosen algorithm's
 * numbers (times in milliseconds), every algorithm's numbers on the same arrivals, the hash ring's
 * key movement, and the events of the first requests with each pick's reasons.
 */
record LbApiResponse(String algorithm, Stats stats, List<Stats> comparison, KeyMovement keyMovement, List<Event> trace) {

    record Stats(String algorithm, int requests, int completed, int dropped, int retried, double p50Ms, double p99Ms,
                 double meanMs, double meanWaitMs, double durationMs, List<Server> servers) {
    }

    record Server(String name, int routed, int completed, int rejected, double utilisation, int peakOutstanding) {
    }

    /** @param candidates servers the rule compared; @param scores its number for each (see the page's explanations) */
    record Event(int step, double timeMs, String kind, Integer request, Integer key, int attempt, String server,
                 List<String> candidates, List<Double> scores, List<Integer> outstanding) {
    }

    static LbApiResponse of(LbRun run) {
        return new LbApiResponse(run.scenario().algorithm().key(), stats(run.stats()),
                run.comparison().stream().map(LbApiResponse::stats).toList(), run.keyMovement(),
                run.trace().stream().map(LbApiResponse::event).toList());
    }

    private static Stats stats(RunStats r) {
        List<Server> servers = IntStream.range(0, r.servers().size()).mapToObj(i -> {
            ServerStats s = r.servers().get(i);
            return new Server(LbScenario.serverName(i), s.routed(), s.completed(), s.rejected(), s.utilisation(), s.peakOutstanding());
        }).toList();
        return new Stats(r.algorithm().key(), r.requests(), r.completed(), r.dropped(), r.retried(), r.p50LatencyMs(),
                r.p99LatencyMs(), r.meanLatencyMs(), r.meanWaitMs(), r.durationMs(), servers);
    }

    private static Event event(LbEvent e) {
        boolean hasRequest = e.request() >= 0;
        return new Event(e.step(), e.timeMs(), e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                hasRequest ? e.request() + 1 : null, hasRequest ? e.key() : null, e.attempt(),
                e.server() < 0 ? null : LbScenario.serverName(e.server()),
                e.decision() == null ? null : e.decision().candidates().stream().map(LbScenario::serverName).toList(),
                e.decision() == null ? null : e.decision().scores(), e.outstanding());
    }
}
