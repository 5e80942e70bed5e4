package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run depends on. Build it with {@link #validate}, which reports every setting out of
 * bounds; the constructor trusts its caller (tests and presets).
 *
 * @param failServer   index of the server that fails, or -1 for none
 * @param failAtMs     when it fails
 * @param detectMs     how long the balancer keeps sending to it before a health check marks it down
 * @param keys         distinct request keys (user ids, say) for consistent hashing
 * @param virtualNodes points on the hash ring per unit of weight
 */
public record LbScenario(Algorithm algorithm, long seed, int requests, ArrivalProcess arrivals, double ratePerSecond,
                         CostDistribution cost, double meanCostMs, List<ServerSpec> servers, int failServer,
                         long failAtMs, long detectMs, FailurePolicy onFailure, int keys, int virtualNodes) {

    public LbScenario {
        servers = List.copyOf(servers);
    }

    public LbScenario withAlgorithm(Algorithm other) {
        return new LbScenario(other, seed, requests, arrivals, ratePerSecond, cost, meanCostMs, servers, failServer,
                failAtMs, detectMs, onFailure, keys, virtualNodes);
    }

    /** The server's name on pages and in JSON: a, b, c, … */
    public static String serverName(int index) {
        return String.valueOf((char) ('a' + index));
    }

    /** Offered load: arriving work per second over the servers' total capacity. */
    public double offeredLoad() {
        double capacity = servers.stream().mapToDouble(s -> s.speed() * s.workers()).sum() * 1000 / meanCostMs;
        return ratePerSecond / capacity;
    }

    /** The problems with a scenario's numbers; empty when it may run. */
    public static List<Problem> validate(LbScenario s) {
        List<Problem> problems = new ArrayList<>();
        range(problems, "requests", s.requests, LbLimits.MIN_REQUESTS, LbLimits.MAX_REQUESTS);
        range(problems, "ratePerSecond", s.ratePerSecond, 0.001, LbLimits.MAX_RATE_PER_SECOND);
        range(problems, "meanCostMs", s.meanCostMs, 0.001, LbLimits.MAX_MEAN_COST_MS);
        if (s.servers.size() < LbLimits.MIN_SERVERS || s.servers.size() > LbLimits.MAX_SERVERS) {
            problems.add(Problem.of("speeds", "lb.error.serverCount", LbLimits.MIN_SERVERS, LbLimits.MAX_SERVERS));
        }
        for (ServerSpec server : s.servers) {
            range(problems, "speeds", server.speed(), LbLimits.MIN_SPEED, LbLimits.MAX_SPEED);
            range(problems, "weights", server.weight(), 1, LbLimits.MAX_WEIGHT);
            range(problems, "workers", server.workers(), 1, LbLimits.MAX_WORKERS);
            range(problems, "queueLimits", server.queueLimit(), 0, LbLimits.MAX_QUEUE);
        }
        if (s.failServer < -1 || s.failServer >= s.servers.size()) {
            problems.add(Problem.of("failServer", "lb.error.failServer", s.servers.size()));
        }
        range(problems, "failAtMs", s.failAtMs, 0, LbLimits.MAX_TIME_MS);
        range(problems, "detectMs", s.detectMs, 0, LbLimits.MAX_TIME_MS);
        range(problems, "keys", s.keys, 1, LbLimits.MAX_KEYS);
        range(problems, "virtualNodes", s.virtualNodes, 1, LbLimits.MAX_VIRTUAL_NODES);
        if (problems.isEmpty() && s.requests / s.ratePerSecond * 1000 > LbLimits.MAX_TIME_MS) {
            problems.add(Problem.of("ratePerSecond", "lb.error.tooLong", LbLimits.MAX_TIME_MS / 1000));
        }
        // one message per field is enough, even when several servers share the mistake
        return problems.stream().distinct().toList();
    }

    private static void range(List<Problem> problems, String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            problems.add(Problem.of(field, "lb.error.range", format(min), format(max)));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
