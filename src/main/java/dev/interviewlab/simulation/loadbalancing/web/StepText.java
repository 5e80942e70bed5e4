package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.loadbalancing.engine.LbEvent;
import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What happened at a step, and why the balancer chose its server, in the reader's language. */
final class StepText {

    private final MessageSource messages;
    private final Locale locale;
    private final LbScenario scenario;

    StepText(MessageSource messages, Locale locale, LbScenario scenario) {
        this.messages = messages;
        this.locale = locale;
        this.scenario = scenario;
    }

    String what(LbEvent event) {
        String server = event.server() < 0 ? "" : LbScenario.serverName(event.server());
        int number = event.request() + 1;
        String retry = event.attempt() > 1 ? msg("lb.step.retry") : "";
        return msg("lb.step." + event.kind().name(), number, server, event.key(), retry);
    }

    /** Why the balancer picked the server; empty for events that are not a pick. */
    String why(LbEvent event) {
        if (event.decision() == null) {
            return "";
        }
        var decision = event.decision();
        String chosen = LbScenario.serverName(decision.server());
        List<Integer> candidates = decision.candidates();
        List<Double> scores = decision.scores();
        return switch (decision.algorithm()) {
            case ROUND_ROBIN -> msg("lb.why.ROUND_ROBIN", chosen, skipped(candidates, decision.server()));
            case SMOOTH_WEIGHTED -> msg("lb.why.SMOOTH_WEIGHTED", pairs(candidates, scores), chosen,
                    candidates.stream().mapToInt(c -> scenario.servers().get(c).weight()).sum());
            case RANDOM -> msg("lb.why.RANDOM", names(candidates), chosen);
            case LEAST_CONNECTIONS -> msg("lb.why.LEAST_CONNECTIONS", pairs(candidates, scores), chosen);
            case POWER_OF_TWO, PEAK_EWMA -> candidates.size() == 1
                    ? msg("lb.why.only", chosen)
                    : msg("lb.why." + decision.algorithm().name(), LbScenario.serverName(candidates.get(0)),
                    LbCharts.format(scores.get(0)), LbScenario.serverName(candidates.get(1)), LbCharts.format(scores.get(1)), chosen);
            case CONSISTENT_HASH -> msg("lb.why.CONSISTENT_HASH", event.key(),
                    String.format(Locale.ROOT, "%.1f", 100 * scores.get(0)), LbScenario.serverName(candidates.get(0)),
                    chosen, skipped(candidates, decision.server()));
        };
    }

    private String skipped(List<Integer> walked, int chosen) {
        List<String> passed = new ArrayList<>();
        for (int server : walked) {
            if (server != chosen) {
                passed.add(LbScenario.serverName(server));
            }
        }
        return passed.isEmpty() ? "" : msg("lb.why.skipped", String.join(", ", passed));
    }

    private static String names(List<Integer> servers) {
        return String.join(", ", servers.stream().map(LbScenario::serverName).toList());
    }

    private static String pairs(List<Integer> servers, List<Double> scores) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            pairs.add(LbScenario.serverName(servers.get(i)) + "=" + LbCharts.format(scores.get(i)));
        }
        return String.join(" ", pairs);
    }

    private String msg(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
