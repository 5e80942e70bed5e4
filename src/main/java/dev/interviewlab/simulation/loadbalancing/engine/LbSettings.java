package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings as a form or JSON gives them: a preset, and any setting to override, null meaning "the
 * preset's". Per-server lists hold one value per server, or a single value for all; the list of
 * speeds decides how many servers there are.
 *
 * @param failServer a server's name (a, b, …) or {@code none}
 */
public record LbSettings(String preset, String algorithm, Long seed, Integer requests, String arrivals, Double ratePerSecond,
                         String cost, Double meanCostMs, List<Double> speeds, List<Integer> weights, List<Integer> workers,
                         List<Integer> queueLimits, String failServer, Long failAtMs, Long detectMs, String onFailure,
                         Integer keys, Integer virtualNodes) {

    public static final String NO_FAILURE = "none";

    public sealed interface Resolution permits Resolved, Rejected {
    }

    public record Resolved(LbPreset preset, LbScenario scenario) implements Resolution {
    }

    public record Rejected(List<Problem> problems) implements Resolution {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    public static LbSettings ofPreset(String preset) {
        return new LbSettings(preset, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The settings every field of a scenario spelt out, as a page shows a run. */
    public static LbSettings of(LbScenario s) {
        return new LbSettings(null, s.algorithm().key(), s.seed(), s.requests(), s.arrivals().key(), s.ratePerSecond(),
                s.cost().key(), s.meanCostMs(), s.servers().stream().map(ServerSpec::speed).toList(),
                s.servers().stream().map(ServerSpec::weight).toList(), s.servers().stream().map(ServerSpec::workers).toList(),
                s.servers().stream().map(ServerSpec::queueLimit).toList(),
                s.failServer() < 0 ? NO_FAILURE : LbScenario.serverName(s.failServer()), s.failAtMs(), s.detectMs(),
                s.onFailure().key(), s.keys(), s.virtualNodes());
    }

    public Resolution resolve() {
        List<Problem> problems = new ArrayList<>();
        LbPreset base = LbPreset.DEFAULT;
        if (preset != null) {
            Optional<LbPreset> named = Choice.parse(LbPreset.class, preset);
            if (named.isEmpty()) {
                problems.add(Problem.of("preset", "lb.error.choice", String.join(", ", Choice.keys(LbPreset.class))));
            } else {
                base = named.get();
            }
        }
        LbScenario b = base.scenario();
        Algorithm algorithmChosen = choice("algorithm", algorithm, Algorithm.class, b.algorithm(), problems);
        ArrivalProcess arrivalsChosen = choice("arrivals", arrivals, ArrivalProcess.class, b.arrivals(), problems);
        CostDistribution costChosen = choice("cost", cost, CostDistribution.class, b.cost(), problems);
        FailurePolicy policyChosen = choice("onFailure", onFailure, FailurePolicy.class, b.onFailure(), problems);
        int count = speeds != null ? speeds.size() : b.servers().size();
        if (count < LbLimits.MIN_SERVERS || count > LbLimits.MAX_SERVERS) {
            problems.add(Problem.of("speeds", "lb.error.serverCount", LbLimits.MIN_SERVERS, LbLimits.MAX_SERVERS));
            return new Rejected(problems);
        }
        List<Double> speedList = perServer("speeds", speeds, b.servers().stream().map(ServerSpec::speed).toList(), count, problems);
        List<Integer> weightList = perServer("weights", weights, b.servers().stream().map(ServerSpec::weight).toList(), count, problems);
        List<Integer> workerList = perServer("workers", workers, b.servers().stream().map(ServerSpec::workers).toList(), count, problems);
        List<Integer> queueList = perServer("queueLimits", queueLimits, b.servers().stream().map(ServerSpec::queueLimit).toList(),
                count, problems);
        int failing = failServer == null ? (b.failServer() < count ? b.failServer() : -1) : failIndex(count, problems);
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        List<ServerSpec> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            servers.add(new ServerSpec(speedList.get(i), weightList.get(i), workerList.get(i), queueList.get(i)));
        }
        LbScenario scenario = new LbScenario(algorithmChosen, or(seed, b.seed()), or(requests, b.requests()), arrivalsChosen,
                or(ratePerSecond, b.ratePerSecond()), costChosen, or(meanCostMs, b.meanCostMs()), servers, failing,
                or(failAtMs, b.failAtMs()), or(detectMs, b.detectMs()), policyChosen, or(keys, b.keys()),
                or(virtualNodes, b.virtualNodes()));
        List<Problem> bounds = LbScenario.validate(scenario);
        return bounds.isEmpty() ? new Resolved(base, scenario) : new Rejected(bounds);
    }

    private int failIndex(int count, List<Problem> problems) {
        if (failServer.equals(NO_FAILURE)) {
            return -1;
        }
        if (failServer.length() == 1 && failServer.charAt(0) >= 'a' && failServer.charAt(0) < 'a' + count) {
            return failServer.charAt(0) - 'a';
        }
        problems.add(Problem.of("failServer", "lb.error.failServer", count));
        return -1;
    }

    private static <T> List<T> perServer(String field, List<T> given, List<T> preset, int count, List<Problem> problems) {
        List<T> values = given != null ? given : preset.size() == count ? preset : List.of(preset.get(0));
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(Problem.of(field, "lb.error.number"));
            return List.of();
        }
        if (values.size() == count) {
            return values;
        }
        if (values.size() == 1) {
            return java.util.Collections.nCopies(count, values.get(0));
        }
        problems.add(Problem.of(field, "lb.error.listLength", count));
        return List.of();
    }

    private static <E extends Enum<E> & Choice> E choice(String field, String key, Class<E> type, E preset,
                                                         List<Problem> problems) {
        if (key == null) {
            return preset;
        }
        Optional<E> parsed = Choice.parse(type, key);
        if (parsed.isEmpty()) {
            problems.add(Problem.of(field, "lb.error.choice", String.join(", ", Choice.keys(type))));
            return preset;
        }
        return parsed.get();
    }

    private static <T> T or(T value, T preset) {
        return value != null ? value : preset;
    }
}
