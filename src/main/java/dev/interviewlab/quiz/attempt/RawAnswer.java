package dev.interviewlab.quiz.attempt;

import java.util.List;

/** An answer as it arrived, before it is checked against the question. */
public sealed interface RawAnswer {

    /**
     * The {@code answer} of a JSON request: an option id or a text (string), option ids (array),
     * or true/false (boolean). An empty value is refused; clearing an answer is its own request.
     */
    record Json(Object value) implements RawAnswer {
    }

    /**
     * The fields of the question form. Nothing chosen means no answer (the learner moved on
     * without answering), so the form clears the answer instead of failing.
     *
     * @param choice  the radio button of a single-choice or true-false question
     * @param choices the ticked boxes of a multiple-choice question
     * @param text    the text of a fill-in question
     * @param order   for an ordering question, the option chosen for position 1, 2, … (empty = not chosen)
     */
    record Form(String choice, List<String> choices, String text, List<String> order) implements RawAnswer {
        public Form {
            choices = choices == null ? List.of() : List.copyOf(choices);
            order = order == null ? List.of() : List.copyOf(order);
        }
    }
}
