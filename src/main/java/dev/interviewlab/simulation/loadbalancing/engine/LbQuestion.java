package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;

/**
 * A "test yourself" question about one run, answered from the run itself.
 *
 * @param arguments what the question's message needs (a request number)
 * @param choices   the choices' keys: server names or algorithm keys
 * @param answers   every choice that is right (several when servers or algorithms tie)
 */
public record LbQuestion(String id, Kind kind, List<Object> arguments, List<String> choices, List<String> answers) {

    public enum Kind {
        /** Which server did request #k go to? */
        REQUEST_WENT_TO,
        /** Which server did the balancer send the most requests? */
        MOST_ROUTED,
        /** Which algorithm had the lowest p99 on these arrivals? */
        LOWEST_P99
    }

    public LbQuestion {
        arguments = List.copyOf(arguments);
        choices = List.copyOf(choices);
        answers = List.copyOf(answers);
    }

    public boolean offers(String given) {
        return choices.contains(given);
    }

    public boolean isAnsweredBy(String given) {
        return given != null && answers.contains(given);
    }
}
