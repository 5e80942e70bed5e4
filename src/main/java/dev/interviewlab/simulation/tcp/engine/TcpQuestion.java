package dev.interviewlab.simulation.tcp.engine;

import java.util.List;

/**
 * A "test yourself" question generated from one run; the page asks it and checks the answer.
 *
 * @param id        the form field the answer comes in ({@code q1}, {@code q2}, …)
 * @param arguments values for the question's message: see {@link Kind}
 * @param choices   the answers offered, as keys
 */
public record TcpQuestion(String id, Kind kind, List<Object> arguments, List<String> choices, String answer) {

    public enum Kind {
        /** Arguments: side key, segment number, segment label. Choices: state names. */
        STATE_AFTER_SEGMENT,
        /** Arguments: side key. Choices: state names. */
        STATE_AT_END,
        /** No arguments. Choices: client, server, both, neither. */
        TIME_WAIT_SIDES
    }

    public TcpQuestion {
        arguments = List.copyOf(arguments);
        choices = List.copyOf(choices);
        if (!choices.contains(answer)) {
            throw new IllegalArgumentException("the answer must be one of the choices");
        }
    }

    public boolean offers(String given) {
        return choices.contains(given);
    }

    public boolean isAnsweredBy(String given) {
        return answer.equals(given);
    }
}
