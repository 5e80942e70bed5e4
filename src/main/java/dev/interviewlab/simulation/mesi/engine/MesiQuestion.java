package dev.interviewlab.simulation.mesi.engine;

import java.util.List;

/**
 * A "test yourself" question about one step of a run. Choices and the answer are keys the page
 * turns into words: a state letter (M, E, S, I), a bus message label or {@code none}, and
 * {@code memory}, {@code c0} … or {@code none} for where data came from.
 *
 * @param core the cache asked about (STATE_AFTER), else the requester
 */
public record MesiQuestion(Kind kind, int step, int core, int line, List<String> choices, String answer) {

    public enum Kind {
        /** what state is the line in, in this cache, after the step */
        STATE_AFTER,
        /** which message did the step put on the bus */
        BUS_MESSAGE,
        /** where did the data the step needed come from */
        SUPPLIER
    }

    public MesiQuestion {
        choices = List.copyOf(choices);
        if (!choices.contains(answer)) {
            throw new IllegalArgumentException("the answer is not a choice: " + answer);
        }
    }
}
