package dev.interviewlab.simulation.cache.web;

import java.util.List;

/**
 * The "test yourself" block: the questions, and after a check each verdict with its explanation.
 *
 * @param hidden the run's settings, resubmitted with the answers so the server can check them
 */
public record QuizView(List<Item> questions, List<Param> hidden, boolean checked, int correct) {

    public record Param(String name, String value) {
    }

    public record Item(String id, String field, String prompt, boolean number, List<Option> options, String given,
                       Boolean correct, String explanation) {
    }

    public record Option(String value, String label, boolean selected) {
    }
}
