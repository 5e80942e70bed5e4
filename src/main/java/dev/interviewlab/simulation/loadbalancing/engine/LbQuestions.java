package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The questions a run can answer, with the run's own answers. */
public final class LbQuestions {

    /** The request (1-based) the first question asks about: late enough that queues have formed. */
    static final int ASKED_REQUEST = 7;

    private LbQuestions() {
    }

    public static List<LbQuestion> of(LbRun run) {
        List<String> servers = IntStream.range(0, run.scenario().servers().size()).mapToObj(LbScenario::serverName).toList();
        List<LbQuestion> questions = new ArrayList<>();
        run.trace().stream()
                .filter(e -> e.kind().routing() && e.request() == ASKED_REQUEST - 1 && e.attempt() == 1)
                .findFirst()
                .ifPresent(e -> questions.add(new LbQuestion("q1", LbQuestion.Kind.REQUEST_WENT_TO, List.of(ASKED_REQUEST),
                        servers, List.of(LbScenario.serverName(e.server())))));
        int most = run.stats().servers().stream().mapToInt(ServerStats::routed).max().orElse(0);
        questions.add(new LbQuestion("q2", LbQuestion.Kind.MOST_ROUTED, List.of(), servers,
                IntStream.range(0, servers.size()).filter(s -> run.stats().servers().get(s).routed() == most)
                        .mapToObj(LbScenario::serverName).toList()));
        double best = run.comparison().stream().mapToDouble(RunStats::p99LatencyMs).min().orElse(0);
        questions.add(new LbQuestion("q3", LbQuestion.Kind.LOWEST_P99, List.of(),
                Arrays.stream(Algorithm.values()).map(Algorithm::key).toList(),
                run.comparison().stream().filter(r -> r.p99LatencyMs() == best).map(r -> r.algorithm().key()).toList()));
        return questions;
    }
}
